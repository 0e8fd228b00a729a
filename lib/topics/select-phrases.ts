// Picks the shared phrases that may be topics: no stopword at either end, shared by a few
// papers but not by most, central to at least two, mostly used as a noun rather than a
// modifier, and not nearly always inside a longer one ("tangent kernel" in "neural tangent kernel").

import type { LibraryTokens, LibraryWords } from "./library-tokens";
import { CENTRAL_WEIGHT, PhraseScanner } from "./paper-occurrences";
import type { PhraseTable } from "./phrase-counts";

/** A topic is shared by at least two papers and by at most a quarter of the library. */
function topicLimits(paperCount: number) {
  return { minDf: 2, maxDf: Math.max(2, Math.floor(paperCount / 4)), minCentral: 2, minWordCentral: 3 };
}
type Limits = ReturnType<typeof topicLimits>;

/** A longer phrase in at least this share of a phrase's papers absorbs it. */
const ABSORB_SHARE = 0.75;
/** Phrases mostly written right before another content word are modifiers ("fine-grained"). */
const MAX_MODIFIER_SHARE = { word: 0.5, phrase: 0.8 };
/** A single word used in passing by most papers that have it ("lens") is no topic. */
const MIN_WORD_CENTRAL_SHARE = 0.5;

function isCandidate(table: PhraseTable, words: LibraryWords, id: number, limits: Limits): boolean {
  const df = table.df.get(id);
  if (df < limits.minDf || df > limits.maxDf) return false;
  const [first, last, size] = [table.first.get(id), table.last.get(id), table.size.get(id)];
  if (words.stop[first] || words.stop[last] || words.modifier[last]) return false;
  if (size === 1) return !words.generic[id] && words.keys[id]!.length >= 3;
  return size > 2 || !(words.generic[first] && words.generic[last]);
}

type PhraseUsage = { central: Int32Array; occurrences: Int32Array; modifying: Int32Array };

/**
 * Per flagged phrase: the papers it is central to, its occurrences, and how many of them modify
 * the next word. With `cover`, a word inside a flagged longer phrase does not count.
 */
function phraseUsage(table: PhraseTable, library: LibraryTokens, flagged: Uint8Array, cover: boolean): PhraseUsage {
  const usage = { central: new Int32Array(table.count), occurrences: new Int32Array(table.count), modifying: new Int32Array(table.count) };
  const scanner = new PhraseScanner(table, library, flagged);
  library.docs.forEach((doc, d) => {
    scanner.scan(d);
    for (let k = 0; k < scanner.length; k++) {
      const id = scanner.ids[k]!;
      const next = scanner.starts[k]! + table.size.get(id);
      usage.occurrences[id]!++;
      if (next < doc.length && doc[next]! >= 0 && !library.words.stop[doc[next]!]) usage.modifying[id]!++;
    }
    for (const [id, w] of scanner.weights(d, cover)) if (w >= CENTRAL_WEIGHT) usage.central[id]!++;
  });
  return usage;
}

const modifierShare = (usage: PhraseUsage, id: number) => usage.modifying[id]! / usage.occurrences[id]!;

/** Flags, by phrase id, the phrases that are topics of the library. */
export function selectTopicPhrases(table: PhraseTable, library: LibraryTokens): Uint8Array {
  const limits = topicLimits(library.docs.length);
  const topic = new Uint8Array(table.count);
  for (let id = 0; id < table.count; id++) if (isCandidate(table, library.words, id, limits)) topic[id] = 1;
  const usage = phraseUsage(table, library, topic, false);
  for (let id = 0; id < table.count; id++) {
    if (!topic[id]) continue;
    const single = table.size.get(id) === 1;
    const noun = modifierShare(usage, id) <= (single ? MAX_MODIFIER_SHARE.word : MAX_MODIFIER_SHARE.phrase);
    if (!noun || (!single && usage.central[id]! < limits.minCentral)) topic[id] = 0;
  }
  // A single word is central only where it stands alone: "laws" outside "scaling laws".
  const alone = phraseUsage(table, library, topic, true);
  for (let id = 0; id < table.wordCount; id++) {
    const central = alone.central[id]!;
    if (topic[id] && (central < limits.minWordCentral || central < MIN_WORD_CENTRAL_SHARE * table.df.get(id))) topic[id] = 0;
  }
  const dropped = new Uint8Array(table.count);
  for (let id = 0; id < table.count; id++) {
    if (topic[id] && table.size.get(id) > 1) foldInto(table, library.words, id, topic, dropped);
  }
  for (let id = 0; id < table.count; id++) if (dropped[id]) topic[id] = 0;
  return topic;
}

/**
 * Drops the topics a longer topic makes redundant: a sub-phrase whose papers mostly hold the
 * longer one; or the longer one itself when it only appends a generic word to a topic of two
 * or more words ("mixture of experts models").
 */
function foldInto(table: PhraseTable, words: LibraryWords, outer: number, topic: Uint8Array, dropped: Uint8Array): void {
  const ws = table.words(outer);
  const outerDf = table.df.get(outer);
  for (let start = 0; start < ws.length; start++) {
    let id = ws[start]!;
    for (let end = start; id >= 0 && end - start + 1 < ws.length; end++) {
      if (end > start) id = table.extend(id, ws[end]!);
      if (id < 0 || !topic[id]) continue;
      const onlyGenericAdded = start === 0 && end === ws.length - 2 && end > 0 && words.generic[ws[end + 1]!];
      if (onlyGenericAdded) dropped[outer] = 1;
      else if (outerDf >= ABSORB_SHARE * table.df.get(id)) dropped[id] = 1;
    }
  }
}
