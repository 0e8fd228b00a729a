// Keys under which the merge finds the drafts a record may be: a draft is stored under
// its `matchKeys` (in memory during a batch, in the MatchKey table after it) and a record
// looks up its `probeKeys`. Every rule in merge-evidence.ts that can say "same" has a key
// here that brings the pair together, so merging never compares a record with everything.

import { authorKey } from "./fields/authors";
import { dateMonth, idMonth, normalizedTitle, type PaperDraft } from "./draft";

/**
 * A month shared by one paper's arXiv ID and another's listed date is evidence only
 * when nothing else could be meant: the month holds one paper of the other side, or the
 * two share an author. Above this many papers a month bucket is not searched. Measured
 * on generated libraries (lib/corpus/check.test.ts): 2 or more let unrelated papers of
 * sparse months merge; with 1 no paper is merged wrongly and every rewritten seed pair
 * still merges (npm run check:seeds).
 */
export const MONTH_BUCKET_CAP = 1;

/** Keys of what identifies a paper by itself: ID, title, abstract text and its fingerprints. */
function identityKeys(d: PaperDraft): string[] {
  const keys: string[] = [];
  if (d.arxivId) keys.push(`id:${d.arxivId}`);
  const title = normalizedTitle(d);
  if (title) keys.push(`title:${title}`);
  for (const a of d.abstracts) {
    keys.push(`abs:${a.hash}`);
    keys.push(...a.lsh);
  }
  return keys;
}

/**
 * Month keys pair an ID month with a date month (the rewritten-abstract rule), alone
 * ("m:") and with each author ("am:"), so that papers with authors meet in a small bucket.
 * `side` says which month the key was made from; a probe asks for the other side.
 */
function monthKeys(d: PaperDraft, probe: boolean): string[] {
  const keys: string[] = [];
  const sides: [string | null, "id" | "date"][] = [[idMonth(d), "id"], [dateMonth(d), "date"]];
  for (const [month, side] of sides) {
    if (!month) continue;
    const wanted = probe ? (side === "id" ? "date" : "id") : side;
    keys.push(`m:${month}:${wanted}`);
    for (const name of d.authors) keys.push(`am:${authorKey(name)}:${month}:${wanted}`);
  }
  return keys;
}

/** The keys a draft is stored under. */
export function matchKeys(d: PaperDraft): string[] {
  return [...new Set([...identityKeys(d), ...monthKeys(d, false)])];
}

/** The keys a draft looks up to find the drafts it may be. */
export function probeKeys(d: PaperDraft): string[] {
  return [...new Set([...identityKeys(d), ...monthKeys(d, true)])];
}

/**
 * An LSH band shared by this many abstracts is a stock phrase's fingerprint ("in this
 * paper we", "we show that"), not evidence: a duplicate still meets its twin in the other
 * seven bands. Without the cap these buckets grow with the library and so does merging.
 */
export const LSH_BUCKET_CAP = 32;

/** The most drafts a bucket may hold and still be searched; Infinity for uncapped keys. */
export function bucketCap(key: string): number {
  if (key.startsWith("m:")) return MONTH_BUCKET_CAP;
  if (key.startsWith("lsh:")) return LSH_BUCKET_CAP;
  return Infinity;
}

/**
 * The month buckets in which `candidate` corroborates `incoming` (its date month is the
 * other's ID month): the rewritten-abstract rule trusts a month only while these are small.
 */
export function corroboratingBuckets(incoming: PaperDraft, candidate: PaperDraft): string[] {
  const keys: string[] = [];
  const [idIn, dateIn] = [idMonth(incoming), dateMonth(incoming)];
  if (idIn && idIn === dateMonth(candidate)) keys.push(`m:${idIn}:date`);
  if (dateIn && dateIn === idMonth(candidate)) keys.push(`m:${dateIn}:id`);
  return keys;
}

export function shareAnAuthor(a: PaperDraft, b: PaperDraft): boolean {
  const keys = new Set(a.authors.map(authorKey));
  return b.authors.some((name) => keys.has(authorKey(name)));
}
