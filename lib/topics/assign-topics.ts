// Scores each paper's topics by tf-idf (a title occurrence counts triple) and keeps the best
// few; a passing mention of a common topic is no tag, a topic left on one paper is dropped.

import type { LibraryTokens } from "./library-tokens";
import { CENTRAL_WEIGHT, PhraseScanner } from "./paper-occurrences";
import type { PhraseTable } from "./phrase-counts";

export type ScoredTopic = { phrase: number; score: number };

/** A passing mention tags a paper only with a topic at most this share of the library has. */
const RARE_SHARE = 1 / 16;

/**
 * Per paper, the topics it is about (title, or twice in the abstract) or mentions while they
 * are rare, best first by weight × smoothed idf; equal scores in order of the phrase's words.
 */
export function rankPaperTopics(table: PhraseTable, library: LibraryTokens, isTopic: Uint8Array, text: PhraseText): ScoredTopic[][] {
  const paperCount = library.docs.length;
  const scanner = new PhraseScanner(table, library, isTopic);
  return library.docs.map((_, d) => {
    scanner.scan(d);
    const scored: ScoredTopic[] = [];
    for (const [phrase, w] of scanner.weights(d, true)) {
      const df = table.df.get(phrase);
      if (w >= CENTRAL_WEIGHT || df <= RARE_SHARE * paperCount) scored.push({ phrase, score: round(w * Math.log(1 + paperCount / df)) });
    }
    return scored.sort((a, b) => b.score - a.score || compareText(text(a.phrase), text(b.phrase)));
  });
}

/** Each paper's best `max` topics among the allowed ones. */
export function pickTopics(ranked: ScoredTopic[][], max: number, allowed: (phrase: number) => boolean): ScoredTopic[][] {
  return ranked.map((topics) => topics.filter((t) => allowed(t.phrase)).slice(0, max));
}

/** The phrases picked for at least two papers. */
export function sharedPicks(picked: ScoredTopic[][]): Set<number> {
  const papers = new Map<number, number>();
  for (const topics of picked) for (const t of topics) papers.set(t.phrase, (papers.get(t.phrase) ?? 0) + 1);
  return new Set([...papers].filter(([, n]) => n >= 2).map(([phrase]) => phrase));
}

export type PhraseText = (id: number) => string;

/** A phrase's words as text ("mixture of expert"): the tie-break that ignores input order. */
export function phraseText(table: PhraseTable, keys: string[]): PhraseText {
  const cache = new Map<number, string>();
  return (id) => {
    let text = cache.get(id);
    if (text === undefined) cache.set(id, (text = table.words(id).map((w) => keys[w]).join(" ")));
    return text;
  };
}

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
