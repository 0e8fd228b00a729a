// Runs a parsed query's text clauses against the index: which documents match every
// positive clause and none of the negated ones, and how well (arxiv-sanity's field
// weights times idf). Clauses run smallest first, each only over the documents the earlier
// ones left, counting levels in the index's scratch arrays: no Set or Map per hit.

import { phraseDocs, type Keep } from "./phrase-match";
import { EXCLUDED, type QueryScratch } from "./query-scratch";
import type { ParsedQuery, QueryClause } from "./query-parser";
import type { FieldName, SearchIndex } from "./search-index";

const WEIGHTS: Record<FieldName, number> = { title: 20, authors: 10, abstract: 1 };
const FIELDS_OF: Record<QueryClause["field"], FieldName[]> = {
  all: ["title", "authors", "abstract"],
  title: ["title"],
  authors: ["authors"],
  abstract: ["abstract"],
};
const PREFIX_EXPANSIONS = 20;

export type QueryMatches = {
  /** Matching documents (in no order) in docs[0 .. count), or null for "every document not excluded". */
  docs: Int32Array | null;
  count: number;
  /** Level a matching document has in the scratch arrays (how the caller recognises one). */
  matchedLevel: number;
  /** Score per document, valid for matching ones. */
  scores: Float64Array;
  /** Words replaced by a correction ("grokkng" → "grokking"). */
  corrections: { from: string; to: string }[];
};

/** A clause's hits in one field: the union of `lists`, each hit worth `weight`. */
type FieldHits = { lists: Int32Array[]; weight: number };

function fieldHits(index: SearchIndex, clause: QueryClause, field: FieldName, prefix: boolean, keep: Keep): FieldHits {
  const weight = WEIGHTS[field] * clause.words.reduce((sum, w) => sum + index.vocabulary.idf(w), 0);
  if (clause.phrase) return { lists: [phraseDocs(index, field, clause.words, keep)], weight };
  const word = clause.words[0]!;
  const terms = prefix && field === "abstract" ? [word, ...index.vocabulary.expand(word, PREFIX_EXPANSIONS).filter((t) => t !== word)] : [word];
  return { lists: terms.map((t) => index.lookup(field, t)), weight };
}

const hitCount = (hits: FieldHits[]) => hits.reduce((n, h) => n + h.lists.reduce((m, l) => m + l.length, 0), 0);

/** A clause's hits, or for a phrase (costlier: left for its turn) an upper bound of their number. */
function plan(index: SearchIndex, clause: QueryClause, prefix: boolean): { hits: FieldHits[] | null; size: number } {
  const fields = FIELDS_OF[clause.field];
  if (!clause.phrase) {
    const hits = fields.map((f) => fieldHits(index, clause, f, prefix, null));
    return { hits, size: hitCount(hits) };
  }
  return { hits: null, size: fields.reduce((n, f) => n + Math.min(...clause.words.map((w) => index.lookup(f, w).length)), 0) };
}

/** Whether ascending `list` holds d. */
function holds(list: Int32Array, d: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === d) return true;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The few documents that passed the earlier clauses (`earlier[0 .. n)`) looked up in the
 * clause's lists (all ascending) instead of walking long lists for them: a common last word
 * costs a few binary searches per remaining document. Same result as promote.
 */
function probe(scratch: QueryScratch, hits: FieldHits[], level: number, earlier: Int32Array, n: number, out: Int32Array): number {
  const { levelWords: words, scores, stampBits: bits } = scratch;
  const next = bits | (level + 1);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const d = earlier[k]!;
    let passed = false;
    for (const { lists, weight } of hits) {
      if (!lists.some((list) => holds(list, d))) continue;
      scores[d] = scores[d]! + weight;
      passed = true;
    }
    if (!passed) continue;
    words[d] = next;
    out[count++] = d;
  }
  return count;
}

/** Whether probing `n` earlier documents reads less than walking the clause's lists. */
function cheaperToProbe(hits: FieldHits[], n: number): boolean {
  let walk = 0;
  let search = 0;
  for (const { lists } of hits) {
    for (const list of lists) {
      walk += list.length;
      search += 32 - Math.clz32(list.length);
    }
  }
  return n * search * 2 < walk;
}

/**
 * Raises the documents of `hits` that matched every earlier clause (are at `level`) one level,
 * adding each field's weight once per document, and lists them in `out`; returns how many.
 * The hot loop of a search: arrays read directly.
 */
function promote(scratch: QueryScratch, hits: FieldHits[], level: number, out: Int32Array): number {
  const { levelWords: words, markOf: marks, scores, stampBits: bits } = scratch;
  const fresh = level === 0;
  const [here, next] = [bits | level, bits | (level + 1)];
  let n = 0;
  for (const { lists, weight } of hits) {
    scratch.newMarks();
    const m = scratch.markStamp;
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const d = list[k]!;
        const word = words[d]!;
        if (fresh ? (word & ~0xffff) !== bits : word === here) {
          words[d] = next;
          scores[d] = fresh ? weight : scores[d]! + weight;
          marks[d] = m;
          out[n++] = d;
        } else if (word === next && marks[d] !== m) {
          marks[d] = m;
          scores[d] = scores[d]! + weight;
        }
      }
    }
  }
  return n;
}

export function executeQuery(index: SearchIndex, query: ParsedQuery, rawQuery: string): QueryMatches {
  const scratch = index.scratch;
  scratch.begin();
  const { scores } = scratch;
  const corrections: QueryMatches["corrections"] = [];
  for (const clause of query.clauses.filter((c) => c.negated)) {
    for (const field of FIELDS_OF[clause.field]) {
      for (const list of fieldHits(index, clause, field, false, null).lists) for (let k = 0; k < list.length; k++) scratch.setLevel(list[k]!, EXCLUDED);
    }
  }
  const typingLast = !/\s$/.test(rawQuery);
  const positive = query.clauses.filter((c) => !c.negated).map((clause, i, all) => {
    const prefix = typingLast && i === all.length - 1 && !clause.phrase;
    return { clause, prefix, ...plan(index, clause, prefix) };
  });
  if (positive.length === 0) return { docs: null, count: 0, matchedLevel: 0, scores, corrections };
  positive.sort((a, b) => a.size - b.size);

  const all = positive.length;
  // Each level's documents, listed as they pass (alternating buffers; the last into `matched`).
  const buffers = [scratch.spare, scratch.kept];
  let count = 0;
  for (let level = 0; level < all; level++) {
    const { clause } = positive[level]!;
    const keep: Keep = level === 0 ? null : (d) => scratch.level(d) === level;
    let hits = positive[level]!.hits ?? FIELDS_OF[clause.field].map((f) => fieldHits(index, clause, f, false, keep));
    if (hitCount(hits) === 0 && !clause.phrase) {
      const fixed = index.vocabulary.correct(clause.words[0]!);
      if (fixed) {
        corrections.push({ from: clause.words[0]!, to: fixed });
        hits = FIELDS_OF[clause.field].map((f) => fieldHits(index, { ...clause, words: [fixed] }, f, false, null));
      }
    }
    if (hitCount(hits) === 0) return { docs: scratch.matched, count: 0, matchedLevel: -1, scores, corrections };
    const out = level === all - 1 ? scratch.matched : buffers[level % 2]!;
    count =
      level > 0 && cheaperToProbe(hits, count)
        ? probe(scratch, hits, level, buffers[(level - 1) % 2]!, count, out)
        : promote(scratch, hits, level, out);
    if (count === 0) return { docs: scratch.matched, count: 0, matchedLevel: -1, scores, corrections };
  }
  // The documents that passed the last clause are at level `all`: the matches.
  const docs = scratch.matched;
  const matchedLevel = all;
  return { docs, count, matchedLevel, scores, corrections };
}
