// The library as numbers: each paper one Int32Array of word ids (title, break, abstract;
// -1 at every break), with how each word was written, and each word's stopword flags.

import type { AcronymMap } from "./acronyms";
import { paperTokens, type TopicText } from "./paper-tokens";
import { isGenericKey, isModifierKey, isStopKey } from "./stopwords";
import { wordKey } from "./tokenize-text";

export type LibraryWords = {
  keys: string[];
  /** Never at either end of a topic. */
  stop: Uint8Array;
  /** No topic alone, nor two of them together. */
  generic: Uint8Array;
  /** Never at the end of a topic ("large", "neural"). */
  modifier: Uint8Array;
};

/** Per-token flags. */
export const HYPHEN_BEFORE = 1;
export const SENTENCE_START = 2;
export const EXPANDED = 4;

export type LibraryTokens = {
  words: LibraryWords;
  docs: Int32Array[];
  /** Per token, the id of its spelling in `spellings` ("Mixture", "MoE"); -1 at breaks. */
  written: Int32Array[];
  spellings: string[];
  flags: Uint8Array[];
  titleLengths: Int32Array;
};

class Interner {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.values.push(value) - 1));
    return id;
  }
}

export function tokenizeLibrary(papers: TopicText[], acronyms: AcronymMap): LibraryTokens {
  const keys = new Interner();
  const spellings = new Interner();
  const lib = { docs: [] as Int32Array[], written: [] as Int32Array[], flags: [] as Uint8Array[], titleLengths: new Int32Array(papers.length) };
  // A spelling has one key, except a stopword opening a hyphenated word ("in-context").
  const keyOfSpelling: number[] = [];
  papers.forEach((paper, d) => {
    const { tokens, titleLength } = paperTokens(paper, acronyms);
    const [doc, written, flags] = [new Int32Array(tokens.length), new Int32Array(tokens.length), new Uint8Array(tokens.length)];
    tokens.forEach((t, i) => {
      if (t) {
        const spelling = (written[i] = spellings.id(t.surface));
        doc[i] = t.opensCompound ? keys.id(wordKey(t)) : (keyOfSpelling[spelling] ??= keys.id(wordKey(t)));
        flags[i] = (t.hyphenBefore ? HYPHEN_BEFORE : 0) | (t.sentenceStart ? SENTENCE_START : 0) | (t.expanded ? EXPANDED : 0);
      } else doc[i] = written[i] = -1;
    });
    lib.docs.push(doc);
    lib.written.push(written);
    lib.flags.push(flags);
    lib.titleLengths[d] = titleLength;
  });
  const flag = (test: (key: string) => boolean) => Uint8Array.from(keys.values, (k) => (test(k) ? 1 : 0));
  const words = { keys: keys.values, stop: flag(isStopKey), generic: flag(isGenericKey), modifier: flag(isModifierKey) };
  return { ...lib, words, spellings: spellings.values };
}
