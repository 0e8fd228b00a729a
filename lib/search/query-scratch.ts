// Per-document work arrays of one index, reused by every search: how many clauses each
// document has matched so far, its score, and buffers for matches and pair lists. Stamps
// instead of clearing: a level or mark counts only if written under the current stamp, so
// a search touches only the documents it matches (not all 100,000).

export const EXCLUDED = 0xffff;
export const KEPT = 0xfffe;

export class QueryScratch {
  private readonly stampOf: Uint32Array;
  private readonly levels: Uint16Array;
  private readonly markOf: Uint32Array;
  private stamp = 0;
  private markStamp = 0;
  readonly scores: Float64Array;
  /** Matching documents, then kept ones; pair lists decoded for phrases. */
  readonly matched: Int32Array;
  readonly kept: Int32Array;
  readonly pairDocs: Int32Array;
  readonly pairAt: Uint8Array;

  constructor(readonly size: number) {
    this.stampOf = new Uint32Array(size);
    this.levels = new Uint16Array(size);
    this.markOf = new Uint32Array(size);
    this.scores = new Float64Array(size);
    this.matched = new Int32Array(size);
    this.kept = new Int32Array(size);
    this.pairDocs = new Int32Array(size);
    this.pairAt = new Uint8Array(size);
  }

  /** Starts a search: every document back at level 0. */
  begin(): void {
    if (++this.stamp === 0xffffffff) {
      this.stampOf.fill(0);
      this.stamp = 1;
    }
  }

  level(d: number): number {
    return this.stampOf[d] === this.stamp ? this.levels[d]! : 0;
  }

  setLevel(d: number, level: number): void {
    this.stampOf[d] = this.stamp;
    this.levels[d] = level;
  }

  /** A fresh set of marks (documents seen by one pass over lists); returns nothing. */
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
