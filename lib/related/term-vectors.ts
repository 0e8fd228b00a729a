// Papers as tf-idf vectors, the way arxiv-sanity weighs them: sublinear tf (1 + ln tf),
// smoothed idf, title words counted twice, each vector L2-normalised so a dot product
// is a cosine. Stored row by row in typed arrays (compressed sparse rows).

import { TermCounter, type TermCounts } from "./term-counter";
import { Vocabulary } from "./vocabulary";

export type PaperText = { title: string | null; abstract: string | null };

export type TermVectors = {
  /** Paper i's entries are rowStart[i] .. rowStart[i + 1] - 1. */
  rowStart: Int32Array;
  /** Term id of each entry, ascending within a row. */
  term: Int32Array;
  /** Normalised weight of each entry. */
  weight: Float32Array;
  /** Number of papers each term occurs in. */
  df: Int32Array;
  vocabulary: Vocabulary;
};

const TITLE_WEIGHT = 2;

function countPaperTerms(paper: PaperText, vocabulary: Vocabulary, counter: TermCounter): TermCounts {
  if (paper.title) vocabulary.countTerms(paper.title, TITLE_WEIGHT, counter);
  if (paper.abstract) vocabulary.countTerms(paper.abstract, 1, counter);
  return counter.take();
}

function documentFrequencies(rows: TermCounts[], size: number): Int32Array {
  const df = new Int32Array(size);
  for (const row of rows) for (const t of row.terms) df[t]!++;
  return df;
}

/** A row's tf-idf weights (sublinear tf), scaled to unit length. */
function unitWeights({ terms, counts }: TermCounts, idf: Float64Array): Float64Array {
  const weights = new Float64Array(terms.length);
  let norm = 0;
  for (let j = 0; j < terms.length; j++) {
    weights[j] = (1 + Math.log(counts[j]!)) * idf[terms[j]!]!;
    norm += weights[j]! * weights[j]!;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < terms.length; j++) weights[j]! *= scale;
  return weights;
}

/**
 * Terms found in one paper only can never be shared, so rows keep just the others; the
 * norm still counts every term, so cosines are those of the full vectors.
 */
export function buildTermVectors(papers: readonly PaperText[]): TermVectors {
  const vocabulary = new Vocabulary();
  const counter = new TermCounter();
  const rows = papers.map((p) => countPaperTerms(p, vocabulary, counter));
  const df = documentFrequencies(rows, vocabulary.size);
  const idf = Float64Array.from(df, (d) => Math.log((1 + papers.length) / (1 + d)) + 1);
  let kept = 0;
  for (const row of rows) for (const t of row.terms) if (df[t]! > 1) kept++;

  const rowStart = new Int32Array(papers.length + 1);
  const term = new Int32Array(kept);
  const weight = new Float32Array(kept);
  let at = 0;
  rows.forEach((row, i) => {
    const weights = unitWeights(row, idf);
    for (let j = 0; j < row.terms.length; j++) {
      if (df[row.terms[j]!]! <= 1) continue;
      term[at] = row.terms[j]!;
      weight[at++] = weights[j]!;
    }
    rowStart[i + 1] = at;
  });
  return { rowStart, term, weight, df, vocabulary };
}
