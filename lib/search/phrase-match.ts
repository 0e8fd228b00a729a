// Documents holding a phrase (consecutive words) in one field. In abstracts a two-word
// phrase of frequent words is one pair list; a longer one is checked only in the documents
// of its rarest pair, from where that pair first occurs; a phrase with a rare word is
// checked in that word's few documents. Titles and authors are short: check the documents
// of the phrase's rarest word.

import type { FieldName, SearchIndex } from "./search-index";

export type Keep = ((d: number) => boolean) | null;

/** Documents (ascending, each once) whose `field` holds `words` in a row and that `keep` accepts. */
export function phraseDocs(index: SearchIndex, field: FieldName, words: string[], keep: Keep): Int32Array {
  const ids: number[] = [];
  for (const w of words) {
    const id = index.vocabulary.idOf(w);
    if (id === undefined) return new Int32Array(0);
    ids.push(id);
  }
  if (field === "abstract") {
    const viaPairs = abstractPhraseViaPairs(index, ids, keep);
    if (viaPairs) return viaPairs;
  }
  let driver: ArrayLike<number> | null = null;
  for (const w of words) {
    const docs = index.lookup(field, w);
    if (!driver || docs.length < driver.length) driver = docs;
  }
  const sequences = index.sequences[field];
  const out: number[] = [];
  for (let k = 0; k < driver!.length; k++) {
    const d = driver![k]!;
    if ((!keep || keep(d)) && sequences.contains(d, ids)) out.push(d);
  }
  return Int32Array.from(out);
}

/** Null when some pair of the phrase is not kept (it holds a rare word). */
function abstractPhraseViaPairs(index: SearchIndex, ids: number[], keep: Keep): Int32Array | null {
  const { bigrams } = index;
  if (ids.length < 2) return null;
  let driver = -1;
  let offset = 0;
  for (let i = 0; i + 1 < ids.length; i++) {
    const pair = bigrams.find(ids[i]!, ids[i + 1]!);
    if (pair < 0) {
      // A pair of frequent words that never occurs: no document holds the phrase.
      if (index.abstractWords.of(ids[i]).length >= bigrams.minDf && index.abstractWords.of(ids[i + 1]).length >= bigrams.minDf) return new Int32Array(0);
      return null;
    }
    if (driver < 0 || bigrams.count(pair) < bigrams.count(driver)) [driver, offset] = [pair, i];
  }
  const { pairDocs, pairAt } = index.scratch;
  const n = bigrams.decode(driver, pairDocs, pairAt);
  const sequences = index.sequences.abstract;
  const out = new Int32Array(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const d = pairDocs[k]!;
    if (keep && !keep(d)) continue;
    if (ids.length === 2 || sequences.contains(d, ids, Math.max(0, pairAt[k]! - offset))) out[found++] = d;
  }
  return out.subarray(0, found);
}
