// Merges the records of a batch into papers: with each other, and with stored papers
// the caller loaded as drafts. Candidates come from shared keys (match-keys.ts), so the
// work grows with the batch, not with the library.

import { absorbRecord, draftFromRecord, type PaperDraft } from "./draft";
import { bucketCap, corroboratingBuckets, matchKeys, MONTH_BUCKET_CAP, probeKeys, shareAnAuthor } from "./match-keys";
import { compareDrafts } from "./merge-evidence";
import { sourceKey, storedSourceOwners } from "./stored-drafts";
import type { ParsedRecord } from "./types";

export type DuplicatePair = { a: PaperDraft; b: PaperDraft; reason: string; score: number };
export type MergeResult = {
  drafts: PaperDraft[];
  duplicates: DuplicatePair[];
  /** Why records joined each draft they merged into (the first reason), for previews. */
  matchedBy: Map<PaperDraft, string>;
};

class DraftIndex {
  private byKey = new Map<string, Set<PaperDraft>>();

  /** `storedSizes`: how many stored papers each capped bucket holds (loaded or not). */
  constructor(private readonly storedSizes: ReadonlyMap<string, number>) {}

  size(key: string): number {
    return Math.max(this.byKey.get(key)?.size ?? 0, this.storedSizes.get(key) ?? 0);
  }

  add(draft: PaperDraft): void {
    for (const key of matchKeys(draft)) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(draft);
    }
  }

  candidates(draft: PaperDraft): Set<PaperDraft> {
    const found = new Set<PaperDraft>();
    for (const key of probeKeys(draft)) {
      const set = this.byKey.get(key);
      if (!set || this.size(key) > bucketCap(key)) continue;
      for (const d of set) found.add(d);
    }
    return found;
  }
}

/**
 * A rewritten abstract joins the one paper whose date corroborates its ID month only when
 * the two share an author, or the month holds few papers: in a crowded month some other
 * paper's words are bound to overlap as much by chance.
 */
function monthEvidenceHolds(index: DraftIndex, incoming: PaperDraft, candidate: PaperDraft): boolean {
  if (shareAnAuthor(incoming, candidate)) return true;
  return corroboratingBuckets(incoming, candidate).some((key) => index.size(key) <= MONTH_BUCKET_CAP);
}

export function mergeRecords(records: ParsedRecord[], stored: PaperDraft[] = [], storedBucketSizes: ReadonlyMap<string, number> = new Map()): MergeResult {
  const drafts: PaperDraft[] = [...stored];
  const order = new Map<PaperDraft, number>(drafts.map((d, i) => [d, i]));
  const duplicates = new Map<string, DuplicatePair>();
  const index = new DraftIndex(storedBucketSizes);
  const matchedBy = new Map<PaperDraft, string>();
  for (const d of stored) index.add(d);
  const owners = storedSourceOwners(stored);

  for (const record of records) {
    // A record already stored as a paper's source is that paper's. The evidence may have
    // changed since (the paper gained abstract versions), and re-importing a dump must not
    // move its records to another paper that now scores as well.
    const owner = owners.get(sourceKey(record));
    if (owner) {
      if (!matchedBy.has(owner)) matchedBy.set(owner, "already stored from this source");
      absorbRecord(owner, record);
      index.add(owner);
      continue;
    }
    const incoming = draftFromRecord(record);
    const same: { draft: PaperDraft; score: number; reason: string }[] = [];
    const ifUnique: { draft: PaperDraft; reason: string }[] = [];
    const maybe: { draft: PaperDraft; reason: string; score: number }[] = [];
    for (const candidate of index.candidates(incoming)) {
      const verdict = compareDrafts(candidate, incoming);
      if (verdict.kind === "same") same.push({ draft: candidate, score: verdict.score, reason: verdict.reason });
      else if (verdict.kind === "same-if-unique") ifUnique.push({ draft: candidate, reason: verdict.reason });
      if (verdict.kind === "possible-duplicate") maybe.push({ draft: candidate, reason: verdict.reason, score: verdict.score });
    }
    same.sort((x, y) => y.score - x.score);
    const unique = ifUnique.length === 1 && monthEvidenceHolds(index, incoming, ifUnique[0]!.draft) ? ifUnique[0]! : null;
    const match = same[0] ?? unique;
    const target = match?.draft ?? null;
    if (target) {
      if (!matchedBy.has(target)) matchedBy.set(target, match!.reason);
      absorbRecord(target, record);
      index.add(target);
    } else {
      order.set(incoming, drafts.length);
      drafts.push(incoming);
      index.add(incoming);
      const why = ifUnique.length > 1 ? "several papers qualify" : "the month holds too many papers to tell";
      for (const other of ifUnique) maybe.push({ draft: other.draft, reason: `rewritten abstract, but ${why}`, score: 0 });
    }
    const self = target ?? incoming;
    for (const m of maybe) {
      if (m.draft === self) continue;
      const key = [order.get(m.draft)!, order.get(self)!].sort((x, y) => x - y).join(":");
      if (!duplicates.has(key)) duplicates.set(key, { a: m.draft, b: self, reason: m.reason, score: m.score });
    }
  }
  return { drafts, duplicates: [...duplicates.values()], matchedBy };
}
