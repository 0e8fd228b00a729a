// Why two papers are related: the terms that carry most of their cosine, as words. Pairs
// of words read as phrases and replace their single words ("multimarginal optimal
// transport" rather than "multimarginal", "optimal", "transport").

import type { QueryVector } from "./query-vector";
import type { Vocabulary } from "./vocabulary";

/** Below this share of the score a term explains too little to be shown. */
const MIN_SHARE = 0.03;
const LONGEST_PHRASE = 3;

/** Words (as word-term ids, in reading order) of one shown term or phrase. */
type Shown = number[];

function isShown(shown: Shown[], word: number): boolean {
  for (const s of shown) if (s.includes(word)) return true;
  return false;
}

/** A shown phrase that `word` can extend at its end (or its start), if any. */
function extendable(shown: Shown[], word: number, atEnd: boolean): Shown | undefined {
  for (const s of shown) {
    if (s.length > 1 && s.length < LONGEST_PHRASE && s[atEnd ? s.length - 1 : 0] === word) return s;
  }
  return undefined;
}

/**
 * Adds a term unless its words are all shown already. A pair extends a shown phrase it
 * overlaps ("multimarginal optimal" + "optimal transport"), is left out when it overlaps
 * one it can't extend (it would repeat it), or takes its single words' place.
 */
function show(shown: Shown[], words: number[]): void {
  if (words.every((w) => isShown(shown, w))) return;
  const [a, b] = words as [number, number | undefined];
  let target: Shown | undefined;
  if (b !== undefined) {
    if ((target = extendable(shown, a, true))) target.push(b);
    else if ((target = extendable(shown, b, false))) target.unshift(a);
    else if (shown.some((s) => s.length > 1 && (s.includes(a) || s.includes(b)))) return;
  }
  if (!target) {
    const at = shown.findIndex((s) => s.length === 1 && words.includes(s[0]!));
    target = [...words];
    if (at >= 0) shown[at] = target;
    else shown.push(target);
  }
  for (let i = shown.length - 1; i >= 0; i--) {
    const s = shown[i]!;
    if (s !== target && s.length === 1 && target.includes(s[0]!)) shown.splice(i, 1);
  }
}

/** Up to `max` labels of the terms carrying most of `score`, the query's cosine with q. */
export function sharedTerms(query: QueryVector, q: number, score: number, vocabulary: Vocabulary, max = 5): string[] {
  const main = query.contributions(q, MIN_SHARE * score).sort((x, y) => y.value - x.value || x.term - y.term);
  const shown: Shown[] = [];
  for (const c of main) {
    if (shown.length === max) break;
    show(shown, vocabulary.wordsOf(c.term));
  }
  return shown.map((words) => words.map((w) => vocabulary.label(w)).join(" "));
}
