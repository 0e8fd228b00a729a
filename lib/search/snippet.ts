// Snippets: the stretch of an abstract around the first matched word, and the spans of
// matched words in any text, for highlighting. Works on the original text (LaTeX kept).

import { tokenize } from "./tokenize";

const WINDOW = 40; // words
const ASCII = /^[\x00-\x7f]*$/;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Whether `word` (a tokenized word) is marked by one of `terms`: equal, or starting with a term of 3+ letters. */
const marks = (word: string, terms: string[]) => terms.some((t) => word === t || (t.length >= 3 && word.startsWith(t)));

/** Character ranges of words in `text` that equal or start with a highlight term. */
export function highlightRanges(text: string, terms: string[]): [number, number][] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = tokenize(m[0])[0];
    if (word && marks(word, terms)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Offset of the first marked word in ASCII `text` (ASCII terms), found with indexOf, or -1. */
function firstMarkAscii(text: string, terms: string[]): number {
  const lower = text.toLowerCase();
  let first = -1;
  for (const t of terms) {
    for (let at = lower.indexOf(t); at >= 0 && (first < 0 || at < first); at = lower.indexOf(t, at + 1)) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      if (t.length < 3 && at + t.length < lower.length && isWordChar(lower.charCodeAt(at + t.length))) continue;
      first = at;
      break;
    }
  }
  return first;
}

/**
 * The snippet of ASCII text in one scan that stops at the window's end: splitting a whole
 * abstract into words costs more than the rest of a search. Same result as the general path.
 */
function asciiSnippet(text: string, terms: string[]): string {
  const at = firstMarkAscii(text, terms);
  const wordStarts = [0]; // word k of text.split(/\s+/) starts at wordStarts[k]
  let start = at < 0 ? 0 : -1; // the first word shown, once known
  for (let i = 0; i < text.length; i++) {
    if (i === at) start = Math.max(0, wordStarts.length - 1 - 8);
    if (!isSpace(text.charCodeAt(i))) continue;
    let next = i + 1;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (start >= 0 && wordStarts.length === start + WINDOW) {
      return `${start > 0 ? "…" : ""}${text.slice(wordStarts[start], i).replace(/\s+/g, " ")} …`;
    }
    wordStarts.push(next);
    i = next - 1;
  }
  if (wordStarts.length <= WINDOW) return text;
  return `${start > 0 ? "…" : ""}${text.slice(wordStarts[start]).replace(/\s+/g, " ")}`;
}

/** About WINDOW words of `text` around the first matched term, with "…" where cut. */
export function makeSnippet(text: string | null, terms: string[]): string {
  if (!text) return "";
  if (ASCII.test(text) && terms.every((t) => ASCII.test(t))) return asciiSnippet(text, terms);
  const words = text.split(/\s+/);
  if (words.length <= WINDOW) return text;
  const hit = words.findIndex((w) => highlightRanges(w, terms).length > 0);
  const start = Math.max(0, (hit < 0 ? 0 : hit) - 8);
  const end = Math.min(words.length, start + WINDOW);
  return `${start > 0 ? "…" : ""}${words.slice(start, end).join(" ")}${end < words.length ? " …" : ""}`;
}
