// Merges the records of a batch into papers: with each other, and with stored papers
// the caller loaded as drafts. Candidates come from shared keys (ID, title, abstract
// hash and LSH bands, month), so the work grows with the batch, not with the library.

import { absorbRecord, draftFromRecord, matchKeys, type PaperDraft } from "./draft";
import { compareDrafts } from "./merge-evidence";
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

  add(draft: PaperDraft): void {
    for (const key of matchKeys(draft)) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(draft);
    }
  }

  candidates(draft: PaperDraft): Set<PaperDraft> {
    const found = new Set<PaperDraft>();
    for (const key of matchKeys(draft)) for (const d of this.byKey.get(key) ?? []) found.add(d);
    return found;
  }
}

export function mergeRecords(records: ParsedRecord[], stored: PaperDraft[] = []): MergeResult {
  const drafts: PaperDraft[] = [...stored];
  const duplicates = new Map<string, DuplicatePair>();
  const index = new DraftIndex();
  const matchedBy = new Map<PaperDraft, string>();
  for (const d of stored) index.add(d);

  for (const record of records) {
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
    const match = same[0] ?? (ifUnique.length === 1 ? ifUnique[0]! : null);
    const target = match?.draft ?? null;
    if (target) {
      if (!matchedBy.has(target)) matchedBy.set(target, match!.reason);
      absorbRecord(target, record);
      index.add(target);
    } else {
      drafts.push(incoming);
      index.add(incoming);
      for (const other of ifUnique) maybe.push({ draft: other.draft, reason: "rewritten abstract, but several papers qualify", score: 0 });
    }
    const self = target ?? incoming;
    for (const m of maybe) {
      if (m.draft === self) continue;
      const key = [drafts.indexOf(m.draft), drafts.indexOf(self)].sort((x, y) => x - y).join(":");
      if (!duplicates.has(key)) duplicates.set(key, { a: m.draft, b: self, reason: m.reason, score: m.score });
    }
  }
  return { drafts, duplicates: [...duplicates.values()], matchedBy };
}
