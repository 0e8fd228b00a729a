// A hash table from pairs of word ids to dense pair ids, in typed arrays (open
// addressing, linear probing): millions of adjacent-word pairs without a Map entry each.

const EMPTY = -1;

export class PairTable {
  /** Slots hold (first, second) → id; `first` is EMPTY in unused slots. */
  constructor(public first: Int32Array, public second: Int32Array, public ids: Int32Array, public size = 0) {}

  static empty(capacity = 1 << 12): PairTable {
    return new PairTable(new Int32Array(capacity).fill(EMPTY), new Int32Array(capacity), new Int32Array(capacity));
  }

  private slot(a: number, b: number): number {
    const mask = this.first.length - 1;
    let s = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (this.first[s] !== EMPTY && (this.first[s] !== a || this.second[s] !== b)) s = (s + 1) & mask;
    return s;
  }

  /** The id of (a, b), or -1. */
  find(a: number, b: number): number {
    const s = this.slot(a, b);
    return this.first[s] === EMPTY ? -1 : this.ids[s]!;
  }

  /** The id of (a, b), given the next free id when new. */
  intern(a: number, b: number): number {
    let s = this.slot(a, b);
    if (this.first[s] !== EMPTY) return this.ids[s]!;
    if ((this.size + 1) * 2 > this.first.length) {
      this.grow();
      s = this.slot(a, b);
    }
    this.first[s] = a;
    this.second[s] = b;
    this.ids[s] = this.size;
    return this.size++;
  }

  private grow(): void {
    const old = { first: this.first, second: this.second, ids: this.ids };
    const capacity = old.first.length * 2;
    this.first = new Int32Array(capacity).fill(EMPTY);
    this.second = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    for (let i = 0; i < old.first.length; i++) {
      if (old.first[i] === EMPTY) continue;
      const s = this.slot(old.first[i]!, old.second[i]!);
      this.first[s] = old.first[i]!;
      this.second[s] = old.second[i]!;
      this.ids[s] = old.ids[i]!;
    }
  }
}
