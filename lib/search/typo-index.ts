// Candidates for correcting a mistyped word without scanning the vocabulary: every word
// is filed under itself and each of its one-letter deletions (symmetric delete), so any
// word one edit away from a query shares a key with one of the query's own deletions.
// Keys are 31-bit hashes kept sorted in a typed array; callers verify each candidate.

import { every, type Steps } from "./steps";

const FNV_OFFSET = 0x811c9dc5;
const MAX_WORDS = 2 ** 22; // a word id and a 31-bit hash share one exact double when sorting

/** Hash of `word` with the letter at `skip` left out (-1: the whole word). */
function hashWithout(word: string, skip: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) & 0x7fffffff;
}

/** The whole word and its distinct one-letter deletions (deleting either of "ll" is the same). */
function variantHashes(word: string, out: number[]): void {
  out.push(hashWithout(word, -1));
  for (let i = 0; i < word.length; i++) if (i === 0 || word[i] !== word[i - 1]) out.push(hashWithout(word, i));
}

export class TypoIndex {
  /** Sorted keys and, at the same positions, the ids of the words filed under them. */
  constructor(readonly keys: Int32Array, readonly wordIds: Int32Array) {}

  /** Files every word of `minLength` letters or more. */
  static *build(words: readonly string[], minLength: number): Steps<TypoIndex> {
    if (words.length > MAX_WORDS) throw new Error(`typo index: more than ${MAX_WORDS} words`);
    const pause = every(20_000);
    const hashes: number[] = [];
    const packed: number[] = [];
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      if (pause()) yield;
      if (word.length < minLength) continue;
      hashes.length = 0;
      variantHashes(word, hashes);
      for (const h of hashes) packed.push(h * MAX_WORDS + id);
    }
    const sorted = Float64Array.from(packed).sort();
    yield;
    const keys = new Int32Array(sorted.length);
    const wordIds = new Int32Array(sorted.length);
    sorted.forEach((p, i) => {
      keys[i] = Math.floor(p / MAX_WORDS);
      wordIds[i] = p % MAX_WORDS;
    });
    return new TypoIndex(keys, wordIds);
  }

  /** Ids of words that may be one edit from `term` (a superset: hashes collide, and
   * two deletions at different places can meet), each once. */
  candidates(term: string): number[] {
    const hashes: number[] = [];
    variantHashes(term, hashes);
    const found = new Set<number>();
    for (const h of hashes) {
      for (let i = this.firstAt(h); i < this.keys.length && this.keys[i] === h; i++) found.add(this.wordIds[i]!);
    }
    return [...found];
  }

  private firstAt(key: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
