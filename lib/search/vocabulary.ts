// Every indexed word with a dense id and its document frequency: idf for ranking, prefix
// expansion of the word being typed, and the correction of a mistyped word (one edit
// anywhere through the typo index; two in long words, within words of the same first letter).

import { editDistance } from "./edit-distance";
import type { Steps } from "./steps";
import { TypoIndex } from "./typo-index";

const MIN_CORRECTED = 4;

export class Vocabulary {
  private readonly ids: Map<string, number>;

  /** `alphabetical`: word ids in string order (prefixes are ranges of it). */
  constructor(
    readonly words: string[],
    readonly df: Int32Array,
    readonly documentCount: number,
    readonly alphabetical: Int32Array,
    readonly typos: TypoIndex,
  ) {
    this.ids = new Map(words.map((w, id) => [w, id]));
  }

  static *build(words: string[], df: Int32Array, documentCount: number): Steps<Vocabulary> {
    const alphabetical = Int32Array.from(words.map((_, id) => id)).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    yield;
    const typos = yield* TypoIndex.build(words, MIN_CORRECTED - 1);
    return new Vocabulary(words, df, documentCount, alphabetical, typos);
  }

  get size(): number {
    return this.words.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  idf(term: string): number {
    const id = this.ids.get(term);
    return Math.log(1 + this.documentCount / (1 + (id === undefined ? 0 : this.df[id]!)));
  }

  /** Up to `limit` words that start with `prefix`, most frequent first. */
  expand(prefix: string, limit = 30): string[] {
    const found: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.alphabetical.length && found.length < 1000; i++) {
      const id = this.alphabetical[i]!;
      if (!this.words[id]!.startsWith(prefix)) break;
      found.push(id);
    }
    return found.sort((a, b) => this.df[b]! - this.df[a]!).slice(0, limit).map((id) => this.words[id]!);
  }

  /** The most frequent word one edit away (else two, for words of 8 letters or more), or null. */
  correct(term: string): string | null {
    if (term.length < MIN_CORRECTED) return null;
    const near = this.mostFrequent(this.typos.candidates(term), term, 1);
    if (near !== null || term.length < 8) return near;
    const first = term[0]!;
    const sameFirstLetter: number[] = [];
    const end = this.lowerBound(String.fromCharCode(first.charCodeAt(0) + 1));
    for (let i = this.lowerBound(first); i < end; i++) {
      const id = this.alphabetical[i]!;
      if (Math.abs(this.words[id]!.length - term.length) <= 2) sameFirstLetter.push(id);
    }
    return this.mostFrequent(sameFirstLetter, term, 2);
  }

  private mostFrequent(ids: number[], term: string, maxEdits: number): string | null {
    let best = -1;
    for (const id of ids) {
      const word = this.words[id]!;
      if (word === term || (best >= 0 && (this.df[id]! < this.df[best]! || (this.df[id] === this.df[best] && id > best)))) continue;
      if (editDistance(term, word, maxEdits) <= maxEdits) best = id;
    }
    return best < 0 ? null : this.words[best]!;
  }

  /** Position in `alphabetical` of the first word not before `text`. */
  private lowerBound(text: string): number {
    let lo = 0;
    let hi = this.alphabetical.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[this.alphabetical[mid]!]! < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Assigns word ids in order of first sight and counts each word once per document. */
export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  private df = new Int32Array(1024);
  private lastDoc = new Int32Array(1024).fill(-1);

  idOf(word: string, doc: number): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id === this.df.length) this.grow();
    }
    if (this.lastDoc[id] !== doc) {
      this.lastDoc[id] = doc;
      this.df[id]!++;
    }
    return id;
  }

  finish(documentCount: number): Steps<Vocabulary> {
    return Vocabulary.build(this.words, this.df.slice(0, this.words.length), documentCount);
  }

  private grow(): void {
    const df = new Int32Array(this.df.length * 2);
    df.set(this.df);
    const lastDoc = new Int32Array(this.df.length * 2).fill(-1);
    lastDoc.set(this.lastDoc);
    this.df = df;
    this.lastDoc = lastDoc;
  }
}
