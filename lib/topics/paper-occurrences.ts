// Finds where the flagged phrases occur in one paper at a time, into buffers reused from
// paper to paper, and weighs them there: a title occurrence counts triple, and a single word
// inside a longer topic's occurrence does not count on its own.

import { HYPHEN_BEFORE, type LibraryTokens } from "./library-tokens";
import { MAX_PHRASE_WORDS, type PhraseTable } from "./phrase-counts";

const TITLE_WEIGHT = 3;
/** A paper is about a phrase it has in its title or at least twice in its abstract. */
export const CENTRAL_WEIGHT = 2;

export class PhraseScanner {
  /** The occurrences the last scan found, shorter phrases first. */
  ids = new Int32Array(1024);
  starts = new Int32Array(1024);
  length = 0;
  private windows = [new Int32Array(512), new Int32Array(512)] as const;
  private covered = new Uint8Array(512);
  /** Phrases that begin a flagged phrase: only these are extended by a word. */
  private readonly opens: Uint8Array;

  constructor(
    readonly table: PhraseTable,
    readonly library: LibraryTokens,
    private readonly flagged: Uint8Array,
  ) {
    this.opens = new Uint8Array(table.count);
    for (let id = 0; id < table.count; id++) {
      if (!flagged[id]) continue;
      for (let p = table.prefix.get(id); p >= 0 && !this.opens[p]; p = table.prefix.get(p)) this.opens[p] = 1;
    }
  }

  /** Finds the flagged phrases in paper d, except occurrences that cut a hyphenated word ("grained mixture"). */
  scan(d: number): void {
    const doc = this.library.docs[d]!;
    if (this.covered.length < doc.length) {
      this.windows = [new Int32Array(doc.length * 2), new Int32Array(doc.length * 2)];
      this.covered = new Uint8Array(doc.length * 2);
    }
    let [shorter, longer] = this.windows;
    for (let i = 0; i < doc.length; i++) shorter[i] = doc[i]!;
    this.length = 0;
    this.collect(d, shorter, doc.length, 1);
    for (let n = 2, count = doc.length - 1; n <= MAX_PHRASE_WORDS && count > 0; n++, count--) {
      let any = false;
      for (let i = 0; i < count; i++) {
        const id = shorter[i]!;
        longer[i] = id >= 0 && this.opens[id] ? this.table.extend(id, doc[i + n - 1]!) : -1;
        any ||= longer[i]! >= 0;
      }
      if (!any) break;
      this.collect(d, longer, count, n);
      [shorter, longer] = [longer, shorter];
    }
  }

  private collect(d: number, windows: Int32Array, count: number, size: number): void {
    const flags = this.library.flags[d]!;
    for (let i = 0; i < count; i++) {
      const id = windows[i]!;
      if (id < 0 || !this.flagged[id] || flags[i]! & HYPHEN_BEFORE) continue;
      if (i + size < flags.length && flags[i + size]! & HYPHEN_BEFORE) continue;
      if (this.length === this.ids.length) this.grow();
      this.ids[this.length] = id;
      this.starts[this.length++] = i;
    }
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const starts = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    starts.set(this.starts);
    [this.ids, this.starts] = [ids, starts];
  }

  /** Weight per phrase found by the last scan of paper d; with `cover`, words inside longer phrases skipped. */
  weights(d: number, cover: boolean): Map<number, number> {
    const titleLength = this.library.titleLengths[d]!;
    this.covered.fill(0, 0, this.library.docs[d]!.length);
    const weights = new Map<number, number>();
    // Longest first, so a word's covering phrase is marked before the word is met.
    for (let k = this.length - 1; k >= 0; k--) {
      const [id, start, size] = [this.ids[k]!, this.starts[k]!, this.table.size.get(this.ids[k]!)];
      if (cover && size === 1 && this.covered[start]) continue;
      if (cover) this.covered.fill(1, start, start + size);
      weights.set(id, (weights.get(id) ?? 0) + (start < titleLength ? TITLE_WEIGHT : 1));
    }
    return weights;
  }
}
