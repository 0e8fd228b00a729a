// Runs a parsed query's text clauses against the index: which documents match every
// positive clause and none of the negated ones, and how well (arxiv-sanity's field
// weights times idf, plus a bonus for the whole query as a phrase).

import type { ParsedQuery, QueryClause } from "./query-parser";
import type { FieldName, SearchIndex } from "./search-index";

const WEIGHTS: Record<FieldName, number> = { title: 20, authors: 10, abstract: 1 };
const FIELDS_OF: Record<QueryClause["field"], FieldName[]> = {
  all: ["title", "authors", "abstract"],
  title: ["title"],
  authors: ["authors"],
  abstract: ["abstract"],
};
const PHRASE_IN_TITLE = 1000;
const PHRASE_IN_ABSTRACT = 200;

export type QueryMatches = {
  /** Matching documents, or null for "every document" (no positive clause). */
  docs: Int32Array | null;
  scores: Float64Array;
  /** Words replaced by a correction ("grokkng" → "grokking"). */
  corrections: { from: string; to: string }[];
};

const containsPhrase = (text: string, words: string[]) => ` ${text} `.includes(` ${words.join(" ")} `);

/** Documents and per-document weight for one clause; `prefix` also matches words it starts. */
function clauseHits(index: SearchIndex, clause: QueryClause, prefix: boolean): Map<number, number> {
  const hits = new Map<number, number>();
  for (const field of FIELDS_OF[clause.field]) {
    let docs: Iterable<number>;
    if (clause.phrase) {
      const sets = clause.words.map((w) => new Set(index.lookup(field, w)));
      sets.sort((a, b) => a.size - b.size);
      docs = [...sets[0]!].filter((d) => sets.every((s) => s.has(d)) && containsPhrase(index.text[field][d]!, clause.words));
    } else {
      const word = clause.words[0]!;
      const terms = prefix && field === "abstract" ? [word, ...index.vocabulary.expand(word, 20)] : [word];
      const found = new Set<number>();
      for (const t of terms) for (const d of index.lookup(field, t)) found.add(d);
      docs = found;
    }
    const weight = WEIGHTS[field] * clause.words.reduce((sum, w) => sum + index.vocabulary.idf(w), 0);
    for (const d of docs) hits.set(d, (hits.get(d) ?? 0) + weight);
  }
  return hits;
}

export function executeQuery(index: SearchIndex, query: ParsedQuery, rawQuery: string): QueryMatches {
  const scores = new Float64Array(index.size);
  const corrections: QueryMatches["corrections"] = [];
  const positive = query.clauses.filter((c) => !c.negated);
  const typingLast = !/\s$/.test(rawQuery);
  let matched: Set<number> | null = null;
  positive.forEach((clause, i) => {
    const prefix = typingLast && i === positive.length - 1 && !clause.phrase;
    let hits = clauseHits(index, clause, prefix);
    if (hits.size === 0 && !clause.phrase) {
      const fixed = index.vocabulary.correct(clause.words[0]!);
      if (fixed) {
        corrections.push({ from: clause.words[0]!, to: fixed });
        hits = clauseHits(index, { ...clause, words: [fixed] }, false);
      }
    }
    const next = new Set<number>();
    for (const [d, w] of hits) {
      if (matched && !matched.has(d)) continue;
      next.add(d);
      scores[d] = scores[d]! + w;
    }
    matched = next;
  });
  const excluded = new Set<number>();
  for (const clause of query.clauses.filter((c) => c.negated)) for (const d of clauseHits(index, clause, false).keys()) excluded.add(d);

  const allWords = positive.flatMap((c) => c.words);
  let docs: Int32Array | null;
  if (matched) docs = Int32Array.from([...(matched as Set<number>)].filter((d) => !excluded.has(d)));
  else docs = excluded.size ? Int32Array.from(index.byDate.filter((d) => !excluded.has(d))) : null;
  if (docs && allWords.length > 1) {
    for (const d of docs) {
      if (containsPhrase(index.text.title[d]!, allWords)) scores[d] = scores[d]! + PHRASE_IN_TITLE;
      else if (containsPhrase(index.text.abstract[d]!, allWords)) scores[d] = scores[d]! + PHRASE_IN_ABSTRACT;
    }
  }
  return { docs, scores, corrections };
}
