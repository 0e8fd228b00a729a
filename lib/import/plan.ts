// Decides, per merged draft, what an import changes: a new paper, new facts for a
// stored paper (fields, abstract versions, sources), or nothing. Pure: no database.

import { publicationDate } from "./dry-run";
import { shownAbstract, type PaperDraft } from "./draft";
import { sourceKey, type StoredDraft } from "./stored-drafts";
import type { ParsedRecord } from "./types";

export type PaperFields = {
  arxivId: string | null;
  arxivVersion: number | null;
  title: string | null;
  abstract: string | null;
  publishedAt: string | null;
  datePrecision: "day" | "month" | "id-month" | null;
  comments: string | null;
  organization: string | null;
  authorsTruncated: boolean;
  authors: string[];
  categories: string[];
};

export type PaperChange =
  | { kind: "new"; draft: PaperDraft; fields: PaperFields; sources: ParsedRecord[] }
  | { kind: "merged"; draft: StoredDraft; fields: PaperFields; changed: (keyof PaperFields)[]; newVersions: string[]; sources: ParsedRecord[] }
  | { kind: "unchanged"; draft: PaperDraft };

export function paperFields(d: PaperDraft): PaperFields {
  const publishedAt = publicationDate(d);
  const datePrecision = !publishedAt ? null : !d.publishedAt ? "id-month" : publishedAt.length === 10 ? "day" : "month";
  return {
    arxivId: d.arxivId,
    arxivVersion: d.arxivVersion,
    title: d.title,
    abstract: shownAbstract(d),
    publishedAt,
    datePrecision,
    comments: d.comments,
    organization: d.organization,
    authorsTruncated: d.authorsTruncated,
    authors: d.authors,
    categories: d.categories,
  };
}

const isStored = (d: PaperDraft): d is StoredDraft => d.storedId !== null;

export function planChange(draft: PaperDraft, before: PaperFields | null): PaperChange {
  const fields = paperFields(draft);
  if (!isStored(draft) || !before) return { kind: "new", draft, fields, sources: draft.records };
  const changed = (Object.keys(fields) as (keyof PaperFields)[]).filter(
    (k) => JSON.stringify(fields[k]) !== JSON.stringify(before[k]),
  );
  const newVersions = draft.abstracts.filter((a) => !draft.storedVersions.has(a.hash)).map((a) => a.hash);
  const seen = new Set(draft.storedSources);
  const sources = draft.records.filter((r) => {
    const key = sourceKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (changed.length === 0 && newVersions.length === 0 && sources.length === 0) return { kind: "unchanged", draft };
  return { kind: "merged", draft, fields, changed, newVersions, sources };
}
