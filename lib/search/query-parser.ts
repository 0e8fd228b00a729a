// Parses the search box's language: plain words, "phrases", -exclusions, and the field
// syntax arXiv users know (au:, ti:, abs:, cat:, year:). Never throws: what it cannot
// read becomes plain words plus a hint for the person typing.

import { tokenize } from "./tokenize";

export type TextField = "all" | "title" | "authors" | "abstract";

export type QueryClause = {
  field: TextField;
  /** Normalised words; a phrase when `phrase` is true. */
  words: string[];
  phrase: boolean;
  negated: boolean;
};

export type ParsedQuery = {
  clauses: QueryClause[];
  categories: string[];
  years: { from: number; to: number } | null;
  hints: string[];
};

const FIELDS: Record<string, TextField> = { ti: "title", title: "title", au: "authors", author: "authors", abs: "abstract", abstract: "abstract" };

// One token: optional "-", optional "field:", then a quoted phrase or a bare word.
const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;

/**
 * Tokens read; the rest of a longer query is ignored (with a hint). The API caps a query
 * at 500 characters (at most 250 tokens), so only a caller passing unchecked text meets
 * the bound, and then the work stays proportional to what is read.
 */
export const MAX_QUERY_TOKENS = 250;

function quoteCount(input: string): number {
  let count = 0;
  for (let at = input.indexOf('"'); at >= 0; at = input.indexOf('"', at + 1)) count++;
  return count;
}

export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { clauses: [], categories: [], years: null, hints: [] };
  if (quoteCount(input) % 2 === 1) query.hints.push("A quote was not closed; the phrase runs to the end of the query.");
  let tokens = 0;
  for (const m of input.matchAll(TOKEN)) {
    if (++tokens > MAX_QUERY_TOKENS) {
      query.hints.push(`Only the first ${MAX_QUERY_TOKENS} words and phrases were searched for.`);
      break;
    }
    const [, minus, rawField, quoted, bare] = m;
    const negated = minus === "-";
    const value = quoted ?? bare ?? "";
    const field = rawField?.toLowerCase();
    if (field === "cat") {
      if (value) query.categories.push(value);
      continue;
    }
    if (field === "year") {
      const range = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(value);
      if (range) {
        const from = Number(range[1]);
        const to = Number(range[2] ?? range[1]);
        query.years = { from: Math.min(from, to), to: Math.max(from, to) };
      } else {
        query.hints.push(`"year:${value}" is not a year or a range like 2021..2023; ignored.`);
      }
      continue;
    }
    let target: TextField = "all";
    let text = value;
    if (field && FIELDS[field]) target = FIELDS[field];
    else if (field) {
      query.hints.push(`"${field}:" is not a field (try au:, ti:, abs:, cat:, year:); searched as words.`);
      text = `${field} ${value}`;
    }
    const words = tokenize(text);
    if (words.length === 0) continue;
    const phrase = quoted !== undefined && words.length > 1;
    if (phrase || words.length === 1) query.clauses.push({ field: target, words, phrase, negated });
    // A bare token that splits into several words ("chain-of-thought") must match as a phrase.
    else query.clauses.push({ field: target, words, phrase: true, negated });
  }
  if (query.clauses.length > 0 && query.clauses.every((c) => c.negated)) {
    query.hints.push("Only exclusions were given; showing the whole library without them.");
  }
  return query;
}

// Words too common to be worth marking in results (they still have to match).
const UNMARKED = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the", "to", "we", "with"]);

/** The words to highlight in results: every positive clause's words but the commonest. */
export function highlightTerms(query: ParsedQuery): string[] {
  return [...new Set(query.clauses.filter((c) => !c.negated).flatMap((c) => c.words))].filter((w) => !UNMARKED.has(w));
}
