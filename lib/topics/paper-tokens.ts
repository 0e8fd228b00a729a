// One paper as topic tokens: title, a break, then abstract, with the acronyms it (or else
// the library) defines spelled out, and "in-context" kept whole.

import { type AcronymMap, libraryAcronyms, readAcronyms } from "./acronyms";
import { isStopKey } from "./stopwords";
import { cleanText, type TextToken, tokenizeClean, type WordToken, wordKey } from "./tokenize-text";

export type TopicText = { title: string | null; abstract: string | null };
export type PaperTokens = { tokens: TextToken[]; titleLength: number };

function readPaper(paper: TopicText) {
  const title = readAcronyms(cleanText(paper.title ?? ""));
  const abstract = readAcronyms(cleanText(paper.abstract ?? ""));
  const defined: AcronymMap = new Map([...title.defined, ...abstract.defined]);
  return { title: title.text, abstract: abstract.text, defined };
}

/** The long form each acronym has most often across the library. */
export function acronymsOf(papers: Iterable<TopicText>): AcronymMap {
  function* definitions() {
    for (const p of papers) yield readPaper(p).defined;
  }
  return libraryAcronyms(definitions());
}

/** The long form of an acronym ("MoE", "LLMs"), the paper's own before the library's. */
function longForm(surface: string, own: AcronymMap, library: AcronymMap): WordToken[] | undefined {
  const first = surface.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  const found = own.get(surface) ?? library.get(surface);
  const n = surface.length;
  if (found || n < 3 || surface.charCodeAt(n - 1) !== 115) return found;
  const c = surface.charCodeAt(n - 2);
  return c >= 65 && c <= 90 ? longForm(surface.slice(0, -1), own, library) : undefined;
}

function expand(tokens: TextToken[], own: AcronymMap, library: AcronymMap): TextToken[] {
  const out: TextToken[] = [];
  for (const t of tokens) {
    const long = t && (own.size > 0 || library.size > 0) ? longForm(t.surface, own, library) : undefined;
    if (!t || !long) out.push(t);
    else long.forEach((w, i) => out.push(i === 0 ? { ...w, hyphenBefore: t.hyphenBefore } : w));
  }
  return out;
}

/** "in-context", "over-parameterized": a stopword opening a hyphenated word is part of it. */
function keepHyphenedStopwords(tokens: TextToken[]): TextToken[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t && !t.hyphenBefore && tokens[i + 1]?.hyphenBefore && isStopKey(wordKey(t))) tokens[i] = { ...t, opensCompound: true };
  }
  return tokens;
}

export function paperTokens(paper: TopicText, library: AcronymMap): PaperTokens {
  const read = readPaper(paper);
  const tokensOf = (text: string) => keepHyphenedStopwords(expand(tokenizeClean(text), read.defined, library));
  const tokens = tokensOf(read.title);
  const titleLength = tokens.length;
  tokens.push(null);
  for (const t of tokensOf(read.abstract)) tokens.push(t);
  return { tokens, titleLength };
}
