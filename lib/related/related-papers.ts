// Related papers by text similarity, as arxiv-sanity does it: tf-idf cosine over title
// and abstract, up to five per paper, best first, each with the shared terms that explain it.
//
// How (one pass each, no all-pairs): term-vectors.ts builds sublinear-tf, smoothed-idf,
// L2-normalised vectors over words and adjacent-word pairs, title counted twice;
// postings.ts inverts them; candidates.ts accumulates, for each paper, the dot product
// carried by its 40 heaviest indexed terms and keeps the best 20; those, and the papers
// that found this one, are rescored by exact cosine (query-vector.ts), and the best five
// at or above 0.075 are listed. Ties go to the lower id; input order does not matter.
//
// The approximation, and why it keeps the quality. A term finds candidates only if at
// most 5% of papers hold it (a cap kept within 100 .. 2,000 papers), and only through its
// 300 heaviest holders. Common terms have a low idf, so in a normalised vector they carry little of any
// cosine; a paper holding a term lightly gains little through it; and a paper's high
// cosines come from its heaviest terms. Listed scores are exact, never partial, so the
// shortcut can miss a neighbour but never inflate one. Against exhaustive search
// (measure-related.ts; the test checks the seeds): seeds, 465 of the 466 links; synthetic
// 10,000: 98% of the exact top five listed, listed scores summing to 100.0% of the exact
// ones; synthetic 100,000: 65% and 98.4%, because there each paper has ~700 look-alikes
// with near-equal scores, so a missed neighbour leaves a near-equal stand-in.
//
// Measured (Node 20, one thread, on a shared, busy 2-core machine; `npx tsx
// lib/related/measure-related.ts`): seeds, 148 papers: ~0.1 s, in a cold process too;
// synthetic 10,000 papers: 2.0–2.8 s; synthetic 100,000: 26–27 s, peak RSS ~0.8 GB with
// the texts. Fast enough to redo after each import, so no incremental state is kept.
// Synthetic papers are seed sentences drawn with a fixed-seed PRNG (synthetic-library.ts);
// their vocabulary is far smaller than a real library's, so nearly every term is common:
// the index's worst case. Of the 27 s: tokenising (matchWords) ~5 s, the rest of the
// vectors ~4 s, the index ~1 s, candidates ~12 s, rescoring and shared terms ~4 s.

import { CandidateFinder } from "./candidates";
import { buildPostings } from "./postings";
import { QueryVector } from "./query-vector";
import { sharedTerms } from "./shared-terms";
import { buildTermVectors, type TermVectors } from "./term-vectors";

export type RelatedInput = { id: number; title: string | null; abstract: string | null };
export type RelatedLink = {
  paperId: number;
  /** 0 = the most related. */
  rank: number;
  relatedId: number;
  /** Cosine similarity, rounded to 4 decimals. */
  score: number;
  /** Up to five words or phrases, the largest contributions to the score first. */
  sharedTerms: string[];
};

export type RelatedOptions = {
  /** Most related papers listed per paper (default 5). */
  perPaper?: number;
  /** Lowest cosine worth listing (default 0.075): unrelated papers are not listed to fill up. */
  minScore?: number;
  /** How many of a paper's heaviest terms look for candidates (default 40). */
  termsPerPaper?: number;
  /** Terms in more papers than this find no candidates (default 5% of papers, within 100..2,000). */
  maxTermPapers?: number;
  /** Heaviest holders kept per term in the index (default 300). */
  postingsPerTerm?: number;
  /** Candidates rescored exactly per paper (default 4 × perPaper, at least 20). */
  candidates?: number;
};

type Settings = Required<RelatedOptions>;

function settingsFor(paperCount: number, options: RelatedOptions): Settings {
  const perPaper = options.perPaper ?? 5;
  return {
    perPaper,
    minScore: options.minScore ?? 0.075,
    termsPerPaper: options.termsPerPaper ?? 40,
    maxTermPapers: options.maxTermPapers ?? Math.min(2000, Math.max(100, Math.ceil(0.05 * paperCount))),
    postingsPerTerm: options.postingsPerTerm ?? 300,
    candidates: options.candidates ?? Math.max(20, 4 * perPaper),
  };
}

const round = (score: number) => Math.round(score * 1e4) / 1e4;

/**
 * Each paper's candidates, plus the papers that found it: cosine is symmetric, so a link
 * one side's heaviest terms reveal is worth scoring from the other side too.
 */
function candidateLists(finder: CandidateFinder, paperCount: number, limit: number): number[][] {
  const found = Array.from({ length: paperCount }, (_, p) => finder.find(p, limit));
  const foundBy: number[][] = found.map(() => []);
  found.forEach((list, p) => {
    for (const q of list) foundBy[q]!.push(p);
  });
  return found.map((list, p) => list.concat(foundBy[p]!.filter((q) => !list.includes(q))));
}

type Library = { papers: RelatedInput[]; vectors: TermVectors; candidates: number[][]; query: QueryVector; settings: Settings };

/** Paper p's candidates rescored by exact cosine; the best above the minimum, explained. */
function relatedOf(p: number, { papers, vectors, candidates, query, settings }: Library): RelatedLink[] {
  query.load(p);
  return candidates[p]!
    .map((q) => ({ q, score: query.dot(q) }))
    .filter((c) => c.score >= settings.minScore)
    .sort((a, b) => b.score - a.score || a.q - b.q)
    .slice(0, settings.perPaper)
    .map((c, rank) => ({
      paperId: papers[p]!.id,
      rank,
      relatedId: papers[c.q]!.id,
      score: round(c.score),
      sharedTerms: sharedTerms(query, c.q, c.score, vectors.vocabulary),
    }));
}

/** Each paper's related papers, ordered by paper id then rank (0 = most related). */
export function computeRelated(papers: RelatedInput[], options: RelatedOptions = {}): RelatedLink[] {
  const settings = settingsFor(papers.length, options);
  const sorted = [...papers].sort((a, b) => a.id - b.id);
  const vectors = buildTermVectors(sorted);
  const postings = buildPostings(vectors, { maxPapers: settings.maxTermPapers, longest: settings.postingsPerTerm });
  const finder = new CandidateFinder(vectors, postings, settings.termsPerPaper);
  const candidates = candidateLists(finder, sorted.length, settings.candidates);
  const library = { papers: sorted, vectors, candidates, query: new QueryVector(vectors), settings };
  const links: RelatedLink[] = [];
  for (let p = 0; p < sorted.length; p++) links.push(...relatedOf(p, library));
  return links;
}
