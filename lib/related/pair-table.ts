// A hash table from a pair of word ids to a term id, in typed arrays: pairs of adjacent
// words are looked up once per token, and a Map keyed by numbers above 2^31 is slow.

const EMPTY = -1;

export class PairTable {
  private first = new Int32Array(1 << 12).fill(EMPTY);
  private second = new Int32Array(1 << 12);
  private id = new Int32Array(1 << 12);
  private count = 0;

  /** The id stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const mask = this.first.length - 1;
    for (let slot = hash(a, b) & mask; ; slot = (slot + 1) & mask) {
      const f = this.first[slot]!;
      if (f === EMPTY) return EMPTY;
      if (f === a && this.second[slot] === b) return this.id[slot]!;
    }
  }

  /** Stores an id for a pair not in the table. */
  add(a: number, b: number, id: number): void {
    if (2 * (this.count + 1) > this.first.length) this.grow();
    const mask = this.first.length - 1;
    let slot = hash(a, b) & mask;
    while (this.first[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.first[slot] = a;
    this.second[slot] = b;
    this.id[slot] = id;
    this.count++;
  }

  private grow(): void {
    const { first, second, id } = this;
    this.first = new Int32Array(first.length * 2).fill(EMPTY);
    this.second = new Int32Array(first.length * 2);
    this.id = new Int32Array(first.length * 2);
    this.count = 0;
    for (let slot = 0; slot < first.length; slot++) {
      if (first[slot] !== EMPTY) this.add(first[slot]!, second[slot]!, id[slot]!);
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}
