// Counts the word n-grams (1–4 words, no break inside) that at least two papers share,
// level by level: an n-gram can only be shared if its (n−1)-word prefix and suffix are, so
// each level looks only at windows built from shared ones and the maps stay small.

import { IntColumn } from "./int-column";
import { PairMap } from "./pair-map";

export const MAX_PHRASE_WORDS = 4;

/** Shared phrases by id; a one-word phrase's id is its word id. */
export class PhraseTable {
  /** (prefix phrase id, last word) → id, for shared phrases of 2+ words. */
  private readonly ids = new PairMap();
  readonly df = new IntColumn();
  readonly prefix = new IntColumn();
  readonly last = new IntColumn();
  readonly first = new IntColumn();
  readonly size = new IntColumn();

  constructor(readonly wordCount: number) {
    for (let w = 0; w < wordCount; w++) this.add(-1, w);
  }

  get count(): number {
    return this.df.length;
  }

  add(prefix: number, last: number): number {
    this.prefix.push(prefix);
    this.last.push(last);
    this.first.push(prefix < 0 ? last : this.first.get(prefix));
    this.size.push(prefix < 0 ? 1 : this.size.get(prefix) + 1);
    if (prefix >= 0) this.ids.add(prefix, last, this.df.length);
    return this.df.push(0);
  }

  /** The id of `prefix` followed by word `last`, or -1 if no two papers share it. */
  extend(prefix: number, last: number): number {
    return this.ids.get(prefix, last);
  }

  /**
   * Forgets the phrases from id `from` on that fewer than two papers share, renumbering the
   * rest to close the gaps; returns the new id of each (old id − from), or -1.
   */
  keepShared(from: number): Int32Array {
    const renumbered = new Int32Array(this.count - from).fill(-1);
    const columns = [this.df, this.prefix, this.last, this.first, this.size];
    let next = from;
    for (let id = from; id < this.count; id++) {
      if (this.df.get(id) < 2) continue;
      for (const column of columns) column.set(next, column.get(id));
      renumbered[id - from] = next++;
    }
    for (const column of columns) column.truncate(next);
    this.ids.renumber((id) => (id < from ? id : renumbered[id - from]!));
    return renumbered;
  }

  /** Word ids of the phrase, in order. */
  words(id: number): number[] {
    const out: number[] = [];
    for (let p = id; p >= 0; p = this.prefix.get(p)) out.push(this.last.get(p));
    return out.reverse();
  }
}

export function countSharedPhrases(docs: Int32Array[], wordCount: number): PhraseTable {
  const table = new PhraseTable(wordCount);
  const lastDoc = new IntColumn();
  for (let w = 0; w < wordCount; w++) lastDoc.push(-1);
  docs.forEach((doc, d) => doc.forEach((w) => countIn(table, lastDoc, w, d)));
  let windows = docs.map((doc) => doc.map((w) => (w >= 0 && table.df.get(w) >= 2 ? w : -1)));
  for (let n = 2; n <= MAX_PHRASE_WORDS; n++) windows = countLevel(table, lastDoc, docs, windows, n);
  return table;
}

function countIn(table: PhraseTable, lastDoc: IntColumn, id: number, d: number): void {
  if (id < 0 || lastDoc.get(id) === d) return;
  lastDoc.set(id, d);
  table.df.set(id, table.df.get(id) + 1);
}

/** Counts the n-word windows whose two (n−1)-word halves are shared; returns the shared ones' ids. */
function countLevel(table: PhraseTable, lastDoc: IntColumn, docs: Int32Array[], shorter: Int32Array[], n: number) {
  const levelStart = table.count;
  const windows = docs.map((doc, d) => {
    const half = shorter[d]!;
    const ids = new Int32Array(Math.max(0, doc.length - n + 1)).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      if (half[i]! < 0 || half[i + 1]! < 0) continue;
      const last = doc[i + n - 1]!;
      let id = table.extend(half[i]!, last);
      if (id < 0) {
        id = table.add(half[i]!, last);
        lastDoc.push(-1);
      }
      countIn(table, lastDoc, id, d);
      ids[i] = id;
    }
    return ids;
  });
  const renumbered = table.keepShared(levelStart);
  lastDoc.truncate(table.count);
  for (const ids of windows) {
    for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0) ids[i] = renumbered[ids[i]! - levelStart]!;
  }
  return windows;
}
