// Which documents hold each word, as one flat typed array (CSR): the abstract field's
// inverted index, built from the token sequences in two counting passes. Lists are in
// ascending document order and shared, never copied, by lookups.

import { every, type Steps } from "./steps";
import type { TokenSequences } from "./token-sequences";

export class WordPostings {
  /** Documents of word id w are docs[start[w] .. start[w+1]). */
  constructor(readonly start: Int32Array, readonly docs: Int32Array) {}

  static *build(sequences: TokenSequences, vocabularySize: number): Steps<WordPostings> {
    const pause = every(2000);
    const counts = new Int32Array(vocabularySize + 1);
    const last = new Int32Array(vocabularySize).fill(-1);
    const documents = sequences.start.length - 1;
    const ids = sequences.ids;
    for (let d = 0; d < documents; d++) {
      for (let i = sequences.start[d]!; i < sequences.start[d + 1]!; i++) {
        const w = ids[i]!;
        if (last[w] !== d) {
          last[w] = d;
          counts[w + 1]!++;
        }
      }
      if (pause()) yield;
    }
    for (let w = 0; w < vocabularySize; w++) counts[w + 1]! += counts[w]!;
    const start = counts.slice();
    const fill = counts; // reused as the write cursor of each word
    const docs = new Int32Array(start[vocabularySize]!);
    last.fill(-1);
    for (let d = 0; d < documents; d++) {
      for (let i = sequences.start[d]!; i < sequences.start[d + 1]!; i++) {
        const w = ids[i]!;
        if (last[w] !== d) {
          last[w] = d;
          docs[fill[w]!++] = d;
        }
      }
      if (pause()) yield;
    }
    return new WordPostings(start, docs);
  }

  /** The documents holding word `id` (empty for an unknown id). */
  of(id: number | undefined): Int32Array {
    if (id === undefined || id + 1 >= this.start.length) return this.docs.subarray(0, 0);
    return this.docs.subarray(this.start[id]!, this.start[id + 1]!);
  }
}
