// Loads the stored papers that a batch's records may be, as drafts: look up every key
// the records have in MatchKey, then read only those papers.

import { createHash } from "node:crypto";
import path from "node:path";
import type { SqliteDatabase } from "../db/sqlite";
import { draftFromRecord, newDraft, type PaperDraft } from "./draft";
import { bucketCap, probeKeys } from "./match-keys";
import type { ParsedRecord } from "./types";

/** A stored paper as a draft, with what the batch needs to tell new facts from old. */
export type StoredDraft = PaperDraft & {
  storedId: number;
  /** The stored paper's permalink key (arXiv ID or slug). */
  storedKey: string;
  storedSources: Set<string>;
  storedVersions: Set<string>;
};

/**
 * Identity of a source: the same facts read the same way, wherever they were pasted from.
 * The file name and line numbers are left out, so a renamed file or the same text pasted
 * into the browser is recognised as a source the paper already has.
 */
export function sourceKey(record: ParsedRecord): string {
  const { source, ...facts } = record;
  return createHash("sha256").update(source.format).update("\0").update(JSON.stringify(facts)).digest("hex").slice(0, 24);
}

/** The stored paper that already has each source, by source key (the first, if several do). */
export function storedSourceOwners(drafts: PaperDraft[]): Map<string, PaperDraft> {
  const owners = new Map<string, PaperDraft>();
  for (const d of drafts) {
    if (!("storedSources" in d)) continue;
    for (const key of (d as StoredDraft).storedSources) if (!owners.has(key)) owners.set(key, d);
  }
  return owners;
}

/** The key of a stored source: from its record, or (rows older than records) its lines. */
function storedSourceKey(row: { record: string; file: string; lineStart: number; lineEnd: number; format: string }): string {
  if (row.record) return sourceKey(JSON.parse(row.record) as ParsedRecord);
  return `${path.basename(row.file)}|${row.lineStart}|${row.lineEnd}|${row.format}`;
}

type PaperRow = {
  id: number; slug: string; arxivId: string | null; arxivVersion: number | null; title: string | null; publishedAt: string | null;
  datePrecision: string | null; comments: string | null; organization: string | null; authorsTruncated: number;
};

export type StoredCandidates = {
  drafts: StoredDraft[];
  /** Stored papers per capped bucket probed (its cap + 1 means "more"). */
  bucketSizes: Map<string, number>;
};

export function loadStoredDrafts(db: SqliteDatabase, records: ParsedRecord[]): StoredCandidates {
  const findByKey = db.prepare<[string, number], { paperId: number }>('SELECT "paperId" FROM "MatchKey" WHERE "key" = ? LIMIT ?');
  const ids = new Set<number>();
  const bucketSizes = new Map<string, number>();
  for (const key of new Set(records.flatMap((r) => probeKeys(draftFromRecord(r))))) {
    const cap = bucketCap(key);
    const rows = findByKey.all(key, Number.isFinite(cap) ? cap + 1 : -1);
    if (Number.isFinite(cap)) bucketSizes.set(key, rows.length);
    if (rows.length > cap) continue;
    for (const row of rows) ids.add(row.paperId);
  }
  const paper = db.prepare<[number], PaperRow>('SELECT * FROM "Paper" WHERE "id" = ?');
  const authors = db.prepare<[number], { name: string }>(
    'SELECT a."name" FROM "PaperAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."paperId" = ? ORDER BY pa."position"',
  );
  const categories = db.prepare<[number], { category: string }>('SELECT "category" FROM "PaperCategory" WHERE "paperId" = ? ORDER BY rowid');
  const versions = db.prepare<[number], { text: string }>('SELECT "text" FROM "AbstractVersion" WHERE "paperId" = ? ORDER BY "id"');
  const sources = db.prepare<[number], { record: string; file: string; lineStart: number; lineEnd: number; format: string }>(
    'SELECT "record", "file", "lineStart", "lineEnd", "format" FROM "PaperSource" WHERE "paperId" = ?',
  );
  const drafts = [...ids].sort((a, b) => a - b).map((id): StoredDraft => {
    const p = paper.get(id)!;
    const draft = newDraft(
      {
        arxivId: p.arxivId,
        arxivVersion: p.arxivVersion,
        title: p.title,
        authors: authors.all(id).map((a) => a.name),
        authorsTruncated: Boolean(p.authorsTruncated),
        organization: p.organization,
        // A month derived from the arXiv ID is not a listed date: a real one may replace it.
        publishedAt: p.datePrecision === "id-month" ? null : p.publishedAt,
        categories: categories.all(id).map((c) => c.category),
        comments: p.comments,
        abstracts: versions.all(id).map((v) => v.text),
      },
      id,
    );
    return {
      ...draft,
      storedId: id,
      storedKey: p.arxivId ?? p.slug,
      storedSources: new Set(sources.all(id).map(storedSourceKey)),
      storedVersions: new Set(draft.abstracts.map((a) => a.hash)),
    };
  });
  return { drafts, bucketSizes };
}
