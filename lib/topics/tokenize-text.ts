// Splits a title or an abstract into the words topic phrases are counted over: LaTeX math
// dropped, lowercased, simple plurals folded, "mixture-of-experts" and "mixture of experts" alike.

import { foldWord } from "../text/fold-word";

export type WordToken = {
  /** As written, without a possessive "'s". */
  surface: string;
  /** Joined to the previous word by a hyphen ("chain-of-thought"). */
  hyphenBefore: boolean;
  /** First word of a sentence, so its capital says nothing about the word. */
  sentenceStart: boolean;
  /** Spelled out from an acronym rather than written. */
  expanded?: boolean;
  /** A stopword opening a hyphenated word ("in-context"), which then counts as a word of its own. */
  opensCompound?: boolean;
};

/** null is a break no phrase may cross: sentence or clause punctuation, brackets, math. */
export type TextToken = WordToken | null;

const MATH = /\$\$[\s\S]{0,2000}?\$\$|\$[^$]{0,400}\$|\\\([\s\S]{0,400}?\\\)|\\\[[\s\S]{0,2000}?\\\]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const COMMAND = /\\[A-Za-z]+\*?/g;

/** The text with math, URLs and LaTeX command names taken out; breaks where math was. */
export function cleanText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(MATH, " ; ")
    .replace(URL, " ; ")
    .replace(COMMAND, " ")
    .replace(/[{}]/g, " ");
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/** Letters, marks and digits; ASCII decided without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(text[i]!);
}

/** The word as phrases count it: lowercased, plural folded; "in-" when it opens a compound. */
export function wordKey(token: WordToken): string {
  const key = foldWord(token.surface.toLowerCase());
  return token.opensCompound ? `${key}-` : key;
}

function wordToken(surface: string, hyphenBefore: boolean, sentenceStart: boolean): WordToken {
  const n = surface.length;
  const possessive = n > 2 && surface.charCodeAt(n - 2) === 39 && (surface.charCodeAt(n - 1) | 32) === 115;
  return { surface: possessive ? surface.slice(0, -2) : surface, hyphenBefore, sentenceStart };
}

/** The end of the word starting at i: word characters, and inner apostrophes ("Schoenfeld's"). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    if (isWordChar(text, j)) j++;
    else if (text.charCodeAt(j) === 39 && j + 1 < text.length && isWordChar(text, j + 1)) j += 2;
    else break;
  }
  return j;
}

/** Tokens of text already passed through cleanText. */
export function tokenizeClean(text: string): TextToken[] {
  const out: TextToken[] = [];
  let sentenceStart = true;
  let afterWord = false;
  let hyphen = false;
  for (let i = 0; i < text.length; ) {
    if (isWordChar(text, i)) {
      const end = wordEnd(text, i);
      out.push(wordToken(text.slice(i, end), hyphen, sentenceStart));
      sentenceStart = hyphen = false;
      afterWord = true;
      i = end;
      continue;
    }
    const c = text.charCodeAt(i);
    // A hyphen joins two words only when it touches both: "--" and " - " break.
    if (c === 45 && afterWord && !hyphen) hyphen = true;
    else {
      const space = c === 32 || (c > 127 || c < 32 ? SPACE.test(text[i]!) : false);
      if ((!space || hyphen) && out.length > 0 && out[out.length - 1] !== null) out.push(null);
      if (c === 46 || c === 33 || c === 63) sentenceStart = true;
      hyphen = afterWord = false;
    }
    i++;
  }
  if (out[out.length - 1] === null) out.pop();
  return out;
}
