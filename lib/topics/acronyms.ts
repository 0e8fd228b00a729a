// Acronyms the library defines ("Mixture of Experts (MoE)"), so that "MoE" elsewhere counts
// as the phrase it stands for. Long forms are found the way Schwartz & Hearst (2003) do.

import { tokenizeClean, type WordToken, wordKey } from "./tokenize-text";

/** Acronym ("MoE", plural "s" dropped) → the words it stands for. */
export type AcronymMap = Map<string, WordToken[]>;

const DEFINITION = /\(\s*([A-Z][A-Za-z0-9]{1,9})\s*\)/g;
const CLAUSE_BREAK = /[.;:!?()[\]"]|,\s/;
const ALNUM = /[\p{L}\p{N}]/u;

/** "LLMs" → "LLM"; null for a word with fewer than two capitals, which is no acronym. */
function acronymBase(word: string): string | null {
  const base = /[A-Z]s$/.test(word) ? word.slice(0, -1) : word;
  return (base.match(/[A-Z]/g)?.length ?? 0) >= 2 ? base : null;
}

/** The shortest tail of `candidate` that spells the acronym's letters in order, the first at a word start. */
function spelledOut(acronym: string, candidate: string): string | null {
  const short = acronym.toLowerCase();
  const long = candidate.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!ALNUM.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && ALNUM.test(long[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
  }
  return candidate.slice(long.lastIndexOf(" ", l) + 1);
}

function longFormBefore(acronym: string, before: string): WordToken[] | null {
  const words = (before.split(CLAUSE_BREAK).pop() ?? "").trim().split(/\s+/).filter(Boolean);
  const candidate = words.slice(-Math.min(acronym.length + 5, acronym.length * 2)).join(" ");
  const long = candidate && spelledOut(acronym, candidate);
  if (!long) return null;
  const tokens = tokenizeClean(long);
  if (tokens.length < 2 || tokens.includes(null)) return null;
  return (tokens as WordToken[]).map((t) => ({ ...t, sentenceStart: false, expanded: true }));
}

/** The acronyms a (cleaned) text defines, and the text with the "(MoE)" definitions taken out. */
export function readAcronyms(text: string): { text: string; defined: AcronymMap } {
  const defined: AcronymMap = new Map();
  const stripped = text.replace(DEFINITION, (whole: string, acronym: string, offset: number) => {
    const base = acronymBase(acronym);
    const long = base ? longFormBefore(base, text.slice(Math.max(0, offset - 300), offset)) : null;
    if (!base || !long) return whole;
    if (!defined.has(base)) defined.set(base, long);
    return " ; ";
  });
  return { text: stripped, defined };
}

const keyText = (words: WordToken[]) => words.map(wordKey).join(" ");
const surfaceText = (words: WordToken[]) => words.map((w) => w.surface).join(" ");

/** Each acronym's most frequent long form over the library; ties go to the smaller text. */
export function libraryAcronyms(definitions: Iterable<AcronymMap>): AcronymMap {
  const counts = new Map<string, Map<string, { n: number; words: WordToken[] }>>();
  for (const defined of definitions) {
    for (const [acronym, words] of defined) {
      let forms = counts.get(acronym);
      if (!forms) counts.set(acronym, (forms = new Map()));
      const form = forms.get(keyText(words));
      if (!form) forms.set(keyText(words), { n: 1, words });
      else {
        form.n++;
        if (surfaceText(words) < surfaceText(form.words)) form.words = words;
      }
    }
  }
  const chosen: AcronymMap = new Map();
  for (const [acronym, forms] of counts) {
    const best = [...forms].sort(([ka, a], [kb, b]) => b.n - a.n || (ka < kb ? -1 : ka > kb ? 1 : 0))[0]!;
    chosen.set(acronym, best[1].words);
  }
  return chosen;
}
