// Names topics the way the library writes them: each word's most common spelling, lowercase
// unless written as an acronym or as a name ("Kolmogorov complexity"), hyphens where most put them.

import { EXPANDED, HYPHEN_BEFORE, type LibraryTokens, SENTENCE_START } from "./library-tokens";
import { PhraseScanner } from "./paper-occurrences";
import type { PhraseTable } from "./phrase-counts";

type Tally = { n: number; forms: Map<string, number>[]; hyphens: number[] };
type Capitals = { capital: Int32Array; lower: Int32Array };

const HYPHEN_SHARE = 0.75;
const NAME_SHARE = 0.8;

/** "ResNets" and "MoE" keep their case; "Mixture" and "mixture" are one form. */
const caseForm = (spelling: string) => (/^.\P{Lu}*$/u.test(spelling) ? spelling.toLowerCase() : spelling);

export function labelPhrases(table: PhraseTable, library: LibraryTokens, phrases: Set<number>): Map<number, string> {
  const forms = library.spellings.map(caseForm);
  const written = new Map<number, Tally>();
  const expanded = new Map<number, Tally>();
  const flagged = new Uint8Array(table.count);
  for (const id of phrases) flagged[id] = 1;
  const scanner = new PhraseScanner(table, library, flagged);
  library.docs.forEach((_, d) => {
    const [spellings, flags] = [library.written[d]!, library.flags[d]!];
    scanner.scan(d);
    for (let k = 0; k < scanner.length; k++) {
      const [id, start] = [scanner.ids[k]!, scanner.starts[k]!];
      const size = table.size.get(id);
      const spelled = flags.subarray(start, start + size).some((f) => (f & EXPANDED) !== 0);
      const t = tallyOf(spelled ? expanded : written, id, size);
      t.n++;
      for (let j = 0; j < size; j++) {
        const form = forms[spellings[start + j]!]!;
        t.forms[j]!.set(form, (t.forms[j]!.get(form) ?? 0) + 1);
        if (flags[start + j]! & HYPHEN_BEFORE) t.hyphens[j]!++;
      }
    }
  });
  const capitals = countCapitals(library, forms);
  const labels = new Map<number, string>();
  for (const id of phrases) labels.set(id, labelOf((written.get(id) ?? expanded.get(id))!, table.words(id), capitals));
  return labels;
}

function tallyOf(tallies: Map<number, Tally>, id: number, size: number): Tally {
  let t = tallies.get(id);
  if (!t) tallies.set(id, (t = { n: 0, forms: Array.from({ length: size }, () => new Map()), hyphens: Array(size).fill(0) }));
  return t;
}

/** Per word, how often it is capitalised inside an abstract's sentence, where only names are. */
function countCapitals(library: LibraryTokens, forms: string[]): Capitals {
  // Per spelling: 1 lowercase ("mixture"), 2 capitalised ("Mixture"), 0 other ("MoE").
  const kind = Uint8Array.from(library.spellings, (s, i) => (s === forms[i] ? 1 : forms[i] === forms[i]!.toLowerCase() ? 2 : 0));
  const capital = new Int32Array(library.words.keys.length);
  const lower = new Int32Array(library.words.keys.length);
  library.docs.forEach((doc, d) => {
    const [spellings, flags] = [library.written[d]!, library.flags[d]!];
    for (let i = library.titleLengths[d]!; i < doc.length; i++) {
      if (doc[i]! < 0 || flags[i]! & (SENTENCE_START | EXPANDED)) continue;
      const k = kind[spellings[i]!]!;
      if (k === 1) lower[doc[i]!]!++;
      else if (k === 2) capital[doc[i]!]!++;
    }
  });
  return { capital, lower };
}

function labelOf(t: Tally, words: number[], capitals: Capitals): string {
  let namesSoFar = true;
  return t.forms
    .map((forms, j) => {
      const [form] = [...forms].sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : a > b ? 1 : 0))[0]!;
      const lower = form === form.toLowerCase();
      // Names lead a phrase ("Markov decision process"); a capital after a common word is style.
      namesSoFar &&= !lower || isName(capitals, words[j]!);
      const word = lower && namesSoFar ? form.charAt(0).toUpperCase() + form.slice(1) : form;
      return j === 0 ? word : `${t.hyphens[j]! > HYPHEN_SHARE * t.n ? "-" : " "}${word}`;
    })
    .join("");
}

function isName({ capital, lower }: Capitals, word: number): boolean {
  const c = capital[word]!;
  return c >= 2 && c >= NAME_SHARE * (c + lower[word]!);
}

/** "Mixture-of-Experts" → "mixture-of-experts": lowercase ASCII, anything else a single "-". */
export function topicSlug(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
