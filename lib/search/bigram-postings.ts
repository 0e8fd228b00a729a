// Which documents hold each pair of adjacent words in one field, for phrase search: a
// two-word phrase is one list, a longer one is checked only where its rarest pair is,
// starting at the pair's first position. Only pairs of frequent words are kept (a phrase
// with a rare word has few candidates to check anyway); lists are delta-encoded bytes (LEB128).

import { PairTable } from "./pair-table";
import { every, type Steps } from "./steps";
import type { TokenSequences } from "./token-sequences";

const MAX_AT = 255; // first positions are clamped: a check starting earlier is still right

export class BigramPostings {
  constructor(
    readonly pairs: PairTable,
    /** Pair p's documents are encoded in bytes[byteStart[p] .. byteStart[p+1]). */
    readonly byteStart: Int32Array,
    readonly bytes: Uint8Array,
    /** Pair p's count and, per document, where in it the pair first occurs: firstAt[countStart[p] ..]. */
    readonly countStart: Int32Array,
    readonly firstAt: Uint8Array,
    /** 1 for the words frequent enough (in this field) for their pairs to be kept. */
    readonly frequent: Uint8Array,
  ) {}

  /** Whether the pair (a, b) would be kept if it occurred. */
  keeps(a: number, b: number): boolean {
    return this.frequent[a] === 1 && this.frequent[b] === 1;
  }

  /** The pair id of (a, b), or -1 when the pair is not kept or never occurs. */
  find(a: number, b: number): number {
    return this.pairs.find(a, b);
  }

  count(pair: number): number {
    return this.countStart[pair + 1]! - this.countStart[pair]!;
  }

  /** Writes pair's documents (ascending) to `docs` and first positions to `at`; returns the count. */
  decode(pair: number, docs: Int32Array, at: Uint8Array): number {
    const bytes = this.bytes;
    const base = this.countStart[pair]!;
    const n = this.countStart[pair + 1]! - base;
    at.set(this.firstAt.subarray(base, base + n));
    let p = this.byteStart[pair]!;
    let doc = 0;
    for (let k = 0; k < n; k++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[p++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      doc += gap;
      docs[k] = doc;
    }
    return n;
  }

  /** Keeps the pairs of words found in at least `minDf` documents' field. */
  static *build(sequences: TokenSequences, vocabularySize: number, minDf: number): Steps<BigramPostings> {
    const pause = every(1000);
    const frequent = frequentWords(sequences, vocabularySize, minDf);
    const pairs = PairTable.empty();
    let counts: Int32Array = new Int32Array(1 << 12);
    let lastDoc: Int32Array = new Int32Array(1 << 12).fill(-1);
    const documents = sequences.start.length - 1;
    const ids = sequences.ids;
    function* eachNewPair(visit: (pair: number, d: number, at: number) => void): Steps<void> {
      for (let d = 0; d < documents; d++) {
        if (pause()) yield;
        const from = sequences.start[d]!;
        for (let i = from; i + 1 < sequences.start[d + 1]!; i++) {
          const a = ids[i]!;
          const b = ids[i + 1]!;
          if (!frequent[a] || !frequent[b]) continue;
          const p = pairs.intern(a, b);
          if (p >= counts.length) [counts, lastDoc] = [grown(counts, 0), grown(lastDoc, -1)];
          if (lastDoc[p] === d) continue;
          lastDoc[p] = d;
          visit(p, d, i - from);
        }
      }
    }
    yield* eachNewPair((p) => counts[p]!++);
    const countStart = new Int32Array(pairs.size + 1);
    for (let p = 0; p < pairs.size; p++) countStart[p + 1] = countStart[p]! + counts[p]!;
    const cursor = countStart.slice(0, pairs.size);
    const docsOf = new Int32Array(countStart[pairs.size]!);
    const firstAt = new Uint8Array(docsOf.length);
    lastDoc.fill(-1);
    yield* eachNewPair((p, d, at) => {
      const k = cursor[p]!++;
      docsOf[k] = d;
      firstAt[k] = Math.min(at, MAX_AT);
    });
    const { byteStart, bytes } = yield* encodeLists(countStart, docsOf);
    return new BigramPostings(pairs, byteStart, bytes, countStart, firstAt, frequent);
  }
}

function frequentWords(sequences: TokenSequences, vocabularySize: number, minDf: number): Uint8Array {
  const df = new Int32Array(vocabularySize);
  const last = new Int32Array(vocabularySize).fill(-1);
  const { start, ids } = sequences;
  for (let d = 0; d + 1 < start.length; d++) {
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      const w = ids[i]!;
      if (last[w] !== d) [last[w], df[w]] = [d, df[w]! + 1];
    }
  }
  return Uint8Array.from(df, (n) => (n >= minDf ? 1 : 0));
}

function grown(array: Int32Array, fill: number): Int32Array {
  const bigger = new Int32Array(array.length * 2).fill(fill);
  bigger.set(array);
  return bigger;
}

/** Each list (docs[start[p] .. start[p+1]), ascending) as LEB128 gaps. */
function* encodeLists(start: Int32Array, docs: Int32Array): Steps<{ byteStart: Int32Array; bytes: Uint8Array }> {
  const pause = every(2000);
  const lists = start.length - 1;
  const byteStart = new Int32Array(lists + 1);
  let out = new Uint8Array(Math.max(16, docs.length * 2));
  let p = 0;
  for (let l = 0; l < lists; l++) {
    let previous = 0;
    for (let k = start[l]!; k < start[l + 1]!; k++) {
      if (p + 5 > out.length) {
        const bigger = new Uint8Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      let gap = docs[k]! - previous;
      previous = docs[k]!;
      while (gap >= 0x80) {
        out[p++] = (gap & 0x7f) | 0x80;
        gap = Math.floor(gap / 128);
      }
      out[p++] = gap;
    }
    byteStart[l + 1] = p;
    if (pause()) yield;
  }
  return { byteStart, bytes: out.slice(0, p) };
}
