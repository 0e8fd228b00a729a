// Documents holding a phrase (consecutive words) in one field. A two-word phrase of
// frequent words is one pair list; a longer one is checked only in the documents of its
// rarest pair, from where that pair first occurs; a phrase with a rare word is checked in
// the documents of its rarest word.

import type { FieldName, SearchIndex } from "./search-index";

export type Keep = ((d: number) => boolean) | null;

/** Documents (ascending, each once) whose `field` holds `words` in a row and that `keep` accepts.
 * Remembered for the rest of the search when nothing was left out. */
export function phraseDocs(index: SearchIndex, field: FieldName, words: string[], keep: Keep): Int32Array {
  const key = phraseKey(field, words);
  const known = index.scratch.phrases.get(key);
  if (known) return keep ? known.filter((d) => keep(d)) : known;
  const docs = findPhrase(index, field, words, keep);
  if (!keep) index.scratch.phrases.set(key, docs);
  return docs;
}

const phraseKey = (field: FieldName, words: string[]) => `${field}:${words.join(" ")}`;

/** The whole list of the phrase in `field` if this search already found it, else null. */
export function knownPhraseDocs(index: SearchIndex, field: FieldName, words: string[]): Int32Array | null {
  return index.scratch.phrases.get(phraseKey(field, words)) ?? null;
}

function findPhrase(index: SearchIndex, field: FieldName, words: string[], keep: Keep): Int32Array {
  const ids: number[] = [];
  for (const w of words) {
    const id = index.vocabulary.idOf(w);
    if (id === undefined) return new Int32Array(0);
    ids.push(id);
  }
  const viaPairs = phraseViaPairs(index, field, ids, keep);
  if (viaPairs) return viaPairs;
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
function phraseViaPairs(index: SearchIndex, field: FieldName, ids: number[], keep: Keep): Int32Array | null {
  const bigrams = index.bigrams[field];
  if (ids.length < 2) return null;
  let driver = -1;
  let offset = 0;
  for (let i = 0; i + 1 < ids.length; i++) {
    const pair = bigrams.find(ids[i]!, ids[i + 1]!);
    if (pair < 0) {
      // A pair of frequent words that never occurs: no document holds the phrase.
      if (bigrams.keeps(ids[i]!, ids[i + 1]!)) return new Int32Array(0);
      return null;
    }
    if (driver < 0 || bigrams.count(pair) < bigrams.count(driver)) [driver, offset] = [pair, i];
  }
  const { pairDocs, pairAt } = index.scratch;
  const n = bigrams.decode(driver, pairDocs, pairAt);
  const sequences = index.sequences[field];
  const { start, ids: words } = sequences;
  const out = new Int32Array(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const d = pairDocs[k]!;
    if (keep && !keep(d)) continue;
    if (ids.length === 2) {
      out[found++] = d;
      continue;
    }
    // Usually the phrase starts where its rarest pair first occurs: check there before scanning on.
    const from = pairAt[k]! - offset;
    const at = start[d]! + from;
    let here = from >= 0 && at + ids.length <= start[d + 1]!;
    for (let i = 0; here && i < ids.length; i++) here = words[at + i] === ids[i];
    if (here || sequences.contains(d, ids, Math.max(0, from + 1))) out[found++] = d;
  }
  return out.subarray(0, found);
}
