// Snippets: the stretch of an abstract around the first matched word, and the spans of
// matched words in any text, for highlighting. Works on the original text (LaTeX kept).

import { tokenize } from "./tokenize";

const WINDOW = 40; // words

/** Character ranges of words in `text` that equal or start with a highlight term. */
export function highlightRanges(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = tokenize(m[0])[0];
    if (word && terms.some((t) => word === t || (t.length >= 3 && word.startsWith(t)))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** About WINDOW words of `text` around the first matched term, with "…" where cut. */
export function makeSnippet(text: string | null, terms: string[]): string {
  if (!text) return "";
  const words = text.split(/\s+/);
  if (words.length <= WINDOW) return text;
  const hit = words.findIndex((w) => highlightRanges(w, terms).length > 0);
  const start = Math.max(0, (hit < 0 ? 0 : hit) - 8);
  const end = Math.min(words.length, start + WINDOW);
  return `${start > 0 ? "…" : ""}${words.slice(start, end).join(" ")}${end < words.length ? " …" : ""}`;
}
