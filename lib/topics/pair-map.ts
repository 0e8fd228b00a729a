// A hash map from a pair of non-negative int32s to an int32, in typed arrays: the phrase
// table's index holds millions of (phrase, next word) keys without an object or a boxed
// number per key, and without the 2^24-entry ceiling of a JS Map.

const EMPTY = -1;

export class PairMap {
  private firsts!: Int32Array;
  private seconds!: Int32Array;
  private values!: Int32Array;
  size = 0;

  constructor(capacity = 1 << 12) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    this.firsts = new Int32Array(capacity).fill(EMPTY);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.size = 0;
  }

  private slot(first: number, second: number): number {
    let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    return h & (this.firsts.length - 1);
  }

  /** The value of (first, second), or -1. */
  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let i = this.slot(first, second); ; i = (i + 1) & mask) {
      const f = this.firsts[i]!;
      if (f === EMPTY) return -1;
      if (f === first && this.seconds[i] === second) return this.values[i]!;
    }
  }

  /** Adds (first, second) → value; the key must not be in the map yet. */
  add(first: number, second: number, value: number): void {
    if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    const mask = this.firsts.length - 1;
    let i = this.slot(first, second);
    while (this.firsts[i] !== EMPTY) i = (i + 1) & mask;
    this.firsts[i] = first;
    this.seconds[i] = second;
    this.values[i] = value;
    this.size++;
  }

  /** Replaces each value by `renumber(value)`, dropping the entries it maps to -1; shrinks the table to fit. */
  renumber(renumber: (value: number) => number): void {
    const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
    let kept = 0;
    for (let i = 0; i < firsts.length; i++) if (firsts[i] !== EMPTY && renumber(values[i]!) >= 0) kept++;
    let capacity = 1 << 12;
    while (capacity < kept * 2) capacity *= 2;
    this.allocate(capacity);
    for (let i = 0; i < firsts.length; i++) {
      const value = firsts[i] !== EMPTY ? renumber(values[i]!) : -1;
      if (value >= 0) this.add(firsts[i]!, seconds[i]!, value);
    }
  }

  private grow(): void {
    const [firsts, seconds, values] = [this.firsts, this.seconds, this.values];
    this.allocate(firsts.length * 2);
    for (let i = 0; i < firsts.length; i++) if (firsts[i] !== EMPTY) this.add(firsts[i]!, seconds[i]!, values[i]!);
  }
}
