// Per-paper term counts in a reusable typed-array accumulator: counting is the inner
// loop of building the vectors, and a fresh Map per paper costs more than the counting.

export type TermCounts = { terms: Int32Array; counts: Float32Array };

export class TermCounter {
  private count = new Float64Array(1 << 12);
  private seen: number[] = [];

  add(term: number, weight: number): void {
    if (term >= this.count.length) this.grow(term);
    if (this.count[term] === 0) this.seen.push(term);
    this.count[term]! += weight;
  }

  /** The counts since the last take, by ascending term id; the counter starts over. */
  take(): TermCounts {
    const terms = Int32Array.from(this.seen).sort();
    const counts = new Float32Array(terms.length);
    for (let i = 0; i < terms.length; i++) {
      counts[i] = this.count[terms[i]!]!;
      this.count[terms[i]!] = 0;
    }
    this.seen = [];
    return { terms, counts };
  }

  private grow(term: number): void {
    let size = this.count.length;
    while (size <= term) size *= 2;
    const count = new Float64Array(size);
    count.set(this.count);
    this.count = count;
  }
}
