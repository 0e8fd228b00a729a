// Candidate neighbours of one paper, found through its heaviest indexed terms only: the
// part of the dot product those terms carry, accumulated over their postings.

import type { Postings } from "./postings";
import type { TermVectors } from "./term-vectors";

export class CandidateFinder {
  private readonly score: Float32Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly vectors: TermVectors,
    private readonly postings: Postings,
    private readonly termsPerPaper: number,
  ) {
    const papers = vectors.rowStart.length - 1;
    this.score = new Float32Array(papers);
    this.touched = new Int32Array(papers);
  }

  /** Up to `limit` other papers by partial score, best first, ties to the lower index. */
  find(p: number, limit: number): number[] {
    const touchedCount = this.accumulate(p);
    const best = this.selectBest(p, touchedCount, limit);
    for (let k = 0; k < touchedCount; k++) this.score[this.touched[k]!] = 0;
    return best;
  }

  /** Entries of paper p's row with a posting list, heaviest first, ties by term id. */
  private heaviestEntries(p: number): number[] {
    const { rowStart, term, weight } = this.vectors;
    const { start } = this.postings;
    const entries: number[] = [];
    for (let e = rowStart[p]!; e < rowStart[p + 1]!; e++) {
      const t = term[e]!;
      if (start[t + 1]! > start[t]!) entries.push(e);
    }
    entries.sort((a, b) => weight[b]! - weight[a]! || term[a]! - term[b]!);
    return entries.length > this.termsPerPaper ? entries.slice(0, this.termsPerPaper) : entries;
  }

  private accumulate(p: number): number {
    const { term, weight } = this.vectors;
    const { start, paper, weight: postingWeight } = this.postings;
    const { score, touched } = this;
    let touchedCount = 0;
    for (const e of this.heaviestEntries(p)) {
      const t = term[e]!;
      const w = weight[e]!;
      for (let k = start[t]!, end = start[t + 1]!; k < end; k++) {
        const q = paper[k]!;
        if (score[q] === 0) touched[touchedCount++] = q;
        score[q]! += w * postingWeight[k]!;
      }
    }
    return touchedCount;
  }

  private selectBest(p: number, touchedCount: number, limit: number): number[] {
    const best: number[] = [];
    const { score, touched } = this;
    const beats = (q: number, r: number) => score[q]! > score[r]! || (score[q] === score[r] && q < r);
    for (let k = 0; k < touchedCount; k++) {
      const q = touched[k]!;
      if (q === p || (best.length === limit && !beats(q, best[limit - 1]!))) continue;
      let at = best.length;
      while (at > 0 && beats(q, best[at - 1]!)) at--;
      best.splice(at, 0, q);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
