// The inverted index of the term vectors: for each term, the papers holding it and its
// weight there. Only terms shared by 2 .. maxPapers papers get a list (the others can't
// find a neighbour, or would cost the most while telling the least), and a list keeps
// only its `longest` heaviest holders ("champion lists"): a paper that holds a term
// lightly gains little through it, and the cost per paper stays bounded.

import type { TermVectors } from "./term-vectors";

export type Postings = {
  /** Term t's entries are start[t] .. start[t + 1] - 1; empty when t is not indexed. */
  start: Int32Array;
  /** Paper index of each entry, ascending within a term. */
  paper: Int32Array;
  weight: Float32Array;
};

export type PostingLimits = { maxPapers: number; longest: number };

function invertRows(v: TermVectors, indexed: (t: number) => boolean): Postings {
  const { df, rowStart, term, weight } = v;
  const start = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) start[t + 1] = start[t]! + (indexed(t) ? df[t]! : 0);
  const fill = start.slice(0, df.length);
  const paper = new Int32Array(start[df.length]!);
  const postingWeight = new Float32Array(paper.length);
  for (let i = 0; i + 1 < rowStart.length; i++) {
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const t = term[e]!;
      if (!indexed(t)) continue;
      const at = fill[t]!++;
      paper[at] = i;
      postingWeight[at] = weight[e]!;
    }
  }
  return { start, paper, weight: postingWeight };
}

/** Cuts each list to its `longest` heaviest entries (ties to lower paper indices), in place. */
function keepHeaviest({ start, paper, weight }: Postings, longest: number): Postings {
  const terms = start.length - 1;
  const kept = new Int32Array(terms + 1);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    const least = to - from > longest ? weight.slice(from, to).sort()[to - from - longest]! : -Infinity;
    const first = (kept[t] = at);
    for (let k = from; k < to && at - first < longest; k++) {
      if (weight[k]! < least) continue;
      paper[at] = paper[k]!;
      weight[at++] = weight[k]!;
    }
  }
  kept[terms] = at;
  return { start: kept, paper: paper.slice(0, at), weight: weight.slice(0, at) };
}

export function buildPostings(v: TermVectors, limits: PostingLimits): Postings {
  const indexed = (t: number) => v.df[t]! > 1 && v.df[t]! <= limits.maxPapers;
  return keepHeaviest(invertRows(v, indexed), limits.longest);
}
