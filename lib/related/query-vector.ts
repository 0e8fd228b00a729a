// One paper's vector spread into a dense array, so its dot product with each candidate is
// a walk over the candidate's row alone: no merge of two sorted rows, no branches.

import type { TermVectors } from "./term-vectors";

export class QueryVector {
  private readonly dense: Float32Array;
  private paper = -1;

  constructor(private readonly vectors: TermVectors) {
    this.dense = new Float32Array(vectors.df.length);
  }

  /** Makes paper p the query. */
  load(p: number): void {
    const { rowStart, term, weight } = this.vectors;
    if (this.paper >= 0) for (let e = rowStart[this.paper]!; e < rowStart[this.paper + 1]!; e++) this.dense[term[e]!] = 0;
    for (let e = rowStart[p]!; e < rowStart[p + 1]!; e++) this.dense[term[e]!] = weight[e]!;
    this.paper = p;
  }

  /** Cosine of the query and paper q (rows are unit vectors). */
  dot(q: number): number {
    const { rowStart, term, weight } = this.vectors;
    const { dense } = this;
    let sum = 0;
    for (let e = rowStart[q]!, end = rowStart[q + 1]!; e < end; e++) sum += dense[term[e]!]! * weight[e]!;
    return sum;
  }

  /** Terms of paper q the query shares, with their part of the dot product, by term id. */
  contributions(q: number, least = 0): { term: number; value: number }[] {
    const { rowStart, term, weight } = this.vectors;
    const out: { term: number; value: number }[] = [];
    for (let e = rowStart[q]!, end = rowStart[q + 1]!; e < end; e++) {
      const value = this.dense[term[e]!]! * weight[e]!;
      if (value > 0 && value >= least) out.push({ term: term[e]!, value });
    }
    return out;
  }
}
