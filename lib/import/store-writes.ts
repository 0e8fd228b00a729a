// The row writes of an import batch, as prepared statements inside the batch's one
// SQLite transaction. Slugs are given once, when a paper or author is first stored.

import { sqliteNow, type SqliteDatabase } from "../db/sqlite";
import { authorKey, authorSlug } from "./fields/authors";
import { recordAbstract, type PaperDraft } from "./draft";
import { matchKeys } from "./match-keys";
import type { DuplicatePair } from "./merge";
import { paperSlugBase } from "./paper-slug";
import type { PaperChange, PaperFields } from "./plan";
import type { ParsedRecord, RecordField } from "./types";

/** `base`, or `base-2`, `base-3`... whichever `taken` says is free: clashes get a suffix. */
function freeSlug(base: string, taken: (slug: string) => boolean): string {
  let slug = base;
  for (let n = 2; taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}

function contributed(record: ParsedRecord): RecordField[] {
  const has: [RecordField, unknown][] = [
    ["arxivId", record.arxivId], ["title", record.title], ["authors", record.authors.length],
    ["publishedAt", record.publishedAt], ["categories", record.categories.length], ["comments", record.comments],
    ["abstract", record.abstract], ["organization", record.organization],
  ];
  return has.filter(([, value]) => Boolean(value)).map(([field]) => field);
}

const scalars = (f: PaperFields) => ({
  arxivId: f.arxivId, arxivVersion: f.arxivVersion, title: f.title, abstract: f.abstract, publishedAt: f.publishedAt,
  datePrecision: f.datePrecision, comments: f.comments, organization: f.organization,
  authorsTruncated: f.authorsTruncated ? 1 : 0, now: sqliteNow(),
});

/** Prepared statements for one batch. */
export function createBatchWriter(db: SqliteDatabase, batchId: number) {
  const paperSlugTaken = db.prepare<[string], unknown>('SELECT 1 FROM "Paper" WHERE "slug" = ?').pluck();
  const authorSlugTaken = db.prepare<[string], unknown>('SELECT 1 FROM "Author" WHERE "slug" = ?').pluck();
  const findAuthor = db.prepare<[string], number>('SELECT "id" FROM "Author" WHERE "key" = ?').pluck();
  const insertAuthor = db.prepare('INSERT INTO "Author" ("name", "key", "slug") VALUES (?, ?, ?)');
  const insertPaper = db.prepare(`INSERT INTO "Paper" ("slug", "arxivId", "arxivVersion", "title", "abstract", "publishedAt",
    "datePrecision", "comments", "organization", "authorsTruncated", "createdAt", "updatedAt")
    VALUES (@slug, @arxivId, @arxivVersion, @title, @abstract, @publishedAt, @datePrecision, @comments, @organization, @authorsTruncated, @now, @now)`);
  const updatePaper = db.prepare(`UPDATE "Paper" SET "arxivId" = @arxivId, "arxivVersion" = @arxivVersion, "title" = @title,
    "abstract" = @abstract, "publishedAt" = @publishedAt, "datePrecision" = @datePrecision, "comments" = @comments,
    "organization" = @organization, "authorsTruncated" = @authorsTruncated, "updatedAt" = @now WHERE "id" = @id`);
  const deleteLinks = db.prepare('DELETE FROM "PaperAuthor" WHERE "paperId" = ?');
  const deleteCategories = db.prepare('DELETE FROM "PaperCategory" WHERE "paperId" = ?');
  const deleteKeys = db.prepare('DELETE FROM "MatchKey" WHERE "paperId" = ?');
  const insertLink = db.prepare('INSERT INTO "PaperAuthor" ("paperId", "authorId", "position") VALUES (?, ?, ?)');
  const insertCategory = db.prepare('INSERT INTO "PaperCategory" ("paperId", "category") VALUES (?, ?)');
  const findVersion = db.prepare<[number, string], number>('SELECT "id" FROM "AbstractVersion" WHERE "paperId" = ? AND "textHash" = ?').pluck();
  const insertVersion = db.prepare('INSERT INTO "AbstractVersion" ("paperId", "text", "textHash", "batchId") VALUES (?, ?, ?, ?)');
  const insertSource = db.prepare(`INSERT INTO "PaperSource" ("paperId", "batchId", "file", "lineStart", "lineEnd", "format", "fields", "abstractVersionId", "record")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertKey = db.prepare('INSERT OR IGNORE INTO "MatchKey" ("key", "paperId") VALUES (?, ?)');
  // A key a paper takes (again) is no longer an alias of another or a tombstone.
  const releaseAliases = db.prepare('DELETE FROM "PaperAlias" WHERE "key" IN (?, ?)');
  const insertDuplicate = db.prepare(`INSERT OR IGNORE INTO "PossibleDuplicate" ("paperAId", "paperBId", "reason", "score") VALUES (?, ?, ?, ?)`);
  const paperKeys = db.prepare<[number], { slug: string; arxivId: string | null }>('SELECT "slug", "arxivId" FROM "Paper" WHERE "id" = ?');
  // Only an undo makes aliases, never an import: with none stored there is nothing to release.
  const anyAliases = db.prepare('SELECT 1 FROM "PaperAlias" LIMIT 1').get() !== undefined;

  function authorId(name: string): number {
    const key = authorKey(name);
    const found = findAuthor.get(key);
    if (found !== undefined) return found;
    const slug = freeSlug(authorSlug(name) || "author", (s) => authorSlugTaken.get(s) !== undefined);
    return Number(insertAuthor.run(name, key, slug).lastInsertRowid);
  }

  /** Paper columns, author links and categories from `fields`. */
  function rewritePaper(paperId: number, fields: PaperFields) {
    updatePaper.run({ ...scalars(fields), id: paperId });
    linkAuthorsAndCategories(paperId, fields);
  }

  /** `fresh`: the paper was just inserted, so it has no rows to replace. */
  function linkAuthorsAndCategories(paperId: number, fields: PaperFields, fresh = false) {
    if (!fresh) deleteLinks.run(paperId);
    fields.authors.forEach((name, position) => insertLink.run(paperId, authorId(name), position));
    if (!fresh) deleteCategories.run(paperId);
    for (const category of fields.categories) insertCategory.run(paperId, category);
  }

  function addVersionsSourcesAndKeys(paperId: number, draft: PaperDraft, sources: ParsedRecord[], fresh: boolean) {
    const versionIds = new Map<string, number>();
    for (const a of draft.abstracts) {
      const stored = fresh ? undefined : findVersion.get(paperId, a.hash);
      versionIds.set(a.hash, stored ?? Number(insertVersion.run(paperId, a.text, a.hash, batchId).lastInsertRowid));
    }
    for (const r of sources) {
      const abstract = recordAbstract(r);
      const versionId = abstract ? (versionIds.get(abstract.hash) ?? null) : null;
      insertSource.run(paperId, batchId, r.source.file, r.source.line, r.source.endLine, r.source.format, JSON.stringify(contributed(r)), versionId, JSON.stringify(r));
    }
    if (!fresh) deleteKeys.run(paperId);
    for (const key of matchKeys(draft)) insertKey.run(key, paperId);
  }

  return {
    rewritePaper,
    /** Writes a new or merged paper; returns its id. */
    write(change: Exclude<PaperChange, { kind: "unchanged" }>): number {
      const values = scalars(change.fields);
      let paperId: number;
      if (change.kind === "new") {
        const slug = freeSlug(paperSlugBase(change.fields.title, change.fields.abstract), (s) => paperSlugTaken.get(s) !== undefined);
        paperId = Number(insertPaper.run({ ...values, slug }).lastInsertRowid);
        linkAuthorsAndCategories(paperId, change.fields, true);
      } else {
        paperId = change.draft.storedId;
        updatePaper.run({ ...values, id: paperId });
        if (change.changed.includes("authors") || change.changed.includes("categories")) linkAuthorsAndCategories(paperId, change.fields);
      }
      addVersionsSourcesAndKeys(paperId, change.draft, change.sources, change.kind === "new");
      if (anyAliases) {
        const keys = paperKeys.get(paperId)!;
        releaseAliases.run(keys.slug, keys.arxivId ?? keys.slug);
      }
      return paperId;
    },

    duplicates(ids: Map<PaperDraft, number>, pairs: DuplicatePair[]) {
      for (const pair of pairs) {
        const a = ids.get(pair.a) ?? pair.a.storedId;
        const b = ids.get(pair.b) ?? pair.b.storedId;
        if (!a || !b || a === b) continue;
        insertDuplicate.run(Math.min(a, b), Math.max(a, b), pair.reason, pair.score);
      }
    },
  };
}
