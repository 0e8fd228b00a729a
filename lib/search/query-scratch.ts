// Per-document work arrays of one index, reused by every search: how many clauses each
// document has matched so far, its score, and buffers for matches and pair lists. Stamps
// instead of clearing: a level or mark counts only if written under the current stamp, so
// a search touches only the documents it matches (not all 100,000). Hot loops read the
// arrays directly; level word = stamp << 16 | level.

export const EXCLUDED = 0xffff;
export const KEPT = 0xfffe;
const STAMPS = 0x7fff; // stamps fit 15 bits so that a level word stays a positive int32

export class QueryScratch {
  readonly levelWords: Int32Array;
  readonly markOf: Uint32Array;
  /** Current stamp shifted into place (stamp << 16). */
  stampBits = 0;
  markStamp = 0;
  readonly scores: Float64Array;
  /** Matching documents, then kept ones; a spare list; pair lists decoded for phrases. */
  readonly matched: Int32Array;
  readonly kept: Int32Array;
  readonly spare: Int32Array;
  readonly pairDocs: Int32Array;
  readonly pairAt: Uint8Array;
  /** A set of documents as bits (bit d of word d >> 5), for counting facets value by value. */
  readonly bits: Uint32Array;
  /** Phrase lists found during this search (the whole query is often also a phrase clause). */
  readonly phrases = new Map<string, Int32Array>();

  constructor(readonly size: number) {
    this.levelWords = new Int32Array(size);
    this.markOf = new Uint32Array(size);
    this.scores = new Float64Array(size);
    this.matched = new Int32Array(size);
    this.kept = new Int32Array(size);
    this.spare = new Int32Array(size);
    this.pairDocs = new Int32Array(size);
    this.pairAt = new Uint8Array(size);
    this.bits = new Uint32Array((size >>> 5) + 1);
  }

  private readonly counters: Int32Array[] = [];

  /** Zeroed counters for facet number `facet` (reused: a search allocates none). */
  facetCounts(facet: number, values: number): Int32Array {
    let counts = this.counters[facet];
    if (!counts || counts.length !== values) this.counters[facet] = counts = new Int32Array(values);
    else counts.fill(0);
    return counts;
  }

  /** The bitset of docs[0 .. n). */
  bitsOf(docs: Int32Array, n: number): Uint32Array {
    const bits = this.bits;
    bits.fill(0);
    for (let k = 0; k < n; k++) {
      const d = docs[k]!;
      bits[d >>> 5]! |= 1 << (d & 31);
    }
    return bits;
  }

  /** Starts a search: every document back at level 0. */
  begin(): void {
    let stamp = (this.stampBits >>> 16) + 1;
    if (stamp > STAMPS) {
      this.levelWords.fill(0);
      stamp = 1;
    }
    this.stampBits = stamp << 16;
    this.phrases.clear();
  }

  level(d: number): number {
    const word = this.levelWords[d]!;
    return (word & ~0xffff) === this.stampBits ? word & 0xffff : 0;
  }

  setLevel(d: number, level: number): void {
    this.levelWords[d] = this.stampBits | level;
  }

  /** A fresh set of marks (documents seen by one pass over lists). */
  newMarks(): void {
    if (++this.markStamp === 0xffffffff) {
      this.markOf.fill(0);
      this.markStamp = 1;
    }
  }

  /** Marks d; false when it was already marked since newMarks(). */
  mark(d: number): boolean {
    if (this.markOf[d] === this.markStamp) return false;
    this.markOf[d] = this.markStamp;
    return true;
  }

  isMarked(d: number): boolean {
    return this.markOf[d] === this.markStamp;
  }
}
