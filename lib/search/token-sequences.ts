// Each document's words in order, as word ids in one flat typed array per field: what
// phrase checks read (a fraction of the memory of the normalised text, and compared
// as numbers). 16-bit ids while the vocabulary fits, 32-bit beyond.

import type { Steps } from "./steps";

export type WordIds = Uint16Array | Uint32Array;

export class TokenSequences {
  /** Document d's words are ids[start[d] .. start[d+1]). */
  constructor(readonly start: Int32Array, readonly ids: WordIds) {}

  length(d: number): number {
    return this.start[d + 1]! - this.start[d]!;
  }

  /** Whether document d holds `phrase` (word ids) as consecutive words, looking from word `from` on. */
  contains(d: number, phrase: ArrayLike<number>, from = 0): boolean {
    const ids = this.ids;
    const first = phrase[0]!;
    const n = phrase.length;
    const end = this.start[d + 1]! - n;
    outer: for (let i = this.start[d]! + from; i <= end; i++) {
      if (ids[i] !== first) continue;
      for (let k = 1; k < n; k++) if (ids[i + k] !== phrase[k]) continue outer;
      return true;
    }
    return false;
  }
}

/** Collects sequences document by document. */
export class TokenSequencesBuilder {
  private readonly starts: number[] = [0];
  private chunks: WordIds[] = [];
  private current: Uint32Array = new Uint32Array(1 << 16);
  private used = 0;
  private total = 0;

  add(ids: ArrayLike<number>): void {
    for (let i = 0; i < ids.length; i++) {
      if (this.used === this.current.length) this.flush();
      this.current[this.used++] = ids[i]!;
    }
    this.total += ids.length;
    this.starts.push(this.total);
  }

  /** The sequences, in 16-bit ids when every id is below `vocabularySize` ≤ 65,536. */
  *finish(vocabularySize: number): Steps<TokenSequences> {
    this.flush();
    const ids: WordIds = vocabularySize <= 1 << 16 ? new Uint16Array(this.total) : new Uint32Array(this.total);
    let at = 0;
    for (const chunk of this.chunks) {
      ids.set(chunk, at);
      at += chunk.length;
      yield;
    }
    this.chunks = [];
    return new TokenSequences(Int32Array.from(this.starts), ids);
  }

  private flush(): void {
    if (this.used) this.chunks.push(this.current.slice(0, this.used));
    this.used = 0;
  }
}
