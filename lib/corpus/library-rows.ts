// The rows the importer would store for a generated corpus merged as it was generated
// (each paper's records in one draft, built with the importer's own draft and plan
// code), and their insertion with plain prepared statements: the floor an import's
// write path is measured against, and a fast way to fill a library for search benches.

import { sqliteNow, type SqliteDatabase } from "../db/sqlite";
import { absorbRecord, draftFromRecord, recordAbstract, type PaperDraft } from "../import/draft";
import { matchKeys } from "../import/match-keys";
import { authorKey, authorSlug } from "../import/fields/authors";
import { paperSlugBase } from "../import/paper-slug";
import type { ParsedDump } from "../import/parse-dump";
import { paperFields } from "../import/plan";
import type { ParsedRecord } from "../import/types";
import type { Corpus } from "./dumps";

type Scalar = string | number | null;

export type LibraryRows = {
  papers: Record<string, Scalar>[];
  authors: [name: string, key: string, slug: string][];
  links: [paperId: number, authorId: number, position: number][];
  categories: [paperId: number, category: string][];
  versions: [paperId: number, text: string, hash: string][];
  /** abstractVersionId is the 1-based index into `versions` (ids are assigned in order). */
  sources: [paperId: number, file: string, lineStart: number, lineEnd: number, format: string, fields: string, versionId: number | null, record: string][];
  keys: [key: string, paperId: number][];
};

function unique(base: string, taken: Map<string, number>): string {
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

const CONTRIBUTES: [keyof ParsedRecord, string][] = [
  ["arxivId", "arxivId"], ["title", "title"], ["authors", "authors"], ["publishedAt", "publishedAt"],
  ["categories", "categories"], ["comments", "comments"], ["abstract", "abstract"], ["organization", "organization"],
];
const contributed = (r: ParsedRecord) =>
  JSON.stringify(CONTRIBUTES.filter(([k]) => (Array.isArray(r[k]) ? (r[k] as unknown[]).length : r[k])).map(([, f]) => f));

/** Rows for every generated paper, from the records parsed out of its dumps. */
export function libraryRows(corpus: Corpus, dumps: ParsedDump[]): LibraryRows {
  const paperOf = new Map<string, number>();
  for (const d of corpus.dumps) for (const e of d.entries) paperOf.set(`${d.file}:${e.line}`, e.paper);
  const recordsOf: ParsedRecord[][] = corpus.papers.map(() => []);
  for (const dump of dumps) for (const r of dump.records) recordsOf[paperOf.get(`${r.source.file}:${r.source.line}`)!]!.push(r);

  const rows: LibraryRows = { papers: [], authors: [], links: [], categories: [], versions: [], sources: [], keys: [] };
  const paperSlugs = new Map<string, number>();
  const authorSlugs = new Map<string, number>();
  const authorIds = new Map<string, number>();
  const now = sqliteNow();
  recordsOf.forEach((records, index) => {
    const paperId = index + 1;
    const draft: PaperDraft = draftFromRecord(records[0]!);
    for (const r of records.slice(1)) absorbRecord(draft, r);
    const f = paperFields(draft);
    rows.papers.push({
      slug: unique(paperSlugBase(f.title, f.abstract), paperSlugs), arxivId: f.arxivId, arxivVersion: f.arxivVersion, title: f.title,
      abstract: f.abstract, publishedAt: f.publishedAt, datePrecision: f.datePrecision, comments: f.comments,
      organization: f.organization, authorsTruncated: f.authorsTruncated ? 1 : 0, now,
    });
    f.authors.forEach((name, position) => {
      const key = authorKey(name);
      let id = authorIds.get(key);
      if (id === undefined) {
        rows.authors.push([name, key, unique(authorSlug(name) || "author", authorSlugs)]);
        authorIds.set(key, (id = rows.authors.length));
      }
      rows.links.push([paperId, id, position]);
    });
    for (const c of f.categories) rows.categories.push([paperId, c]);
    const versionIds = new Map<string, number>();
    for (const a of draft.abstracts) {
      rows.versions.push([paperId, a.text, a.hash]);
      versionIds.set(a.hash, rows.versions.length);
    }
    for (const r of records) {
      const abstract = recordAbstract(r);
      const versionId = abstract ? (versionIds.get(abstract.hash) ?? null) : null;
      rows.sources.push([paperId, r.source.file, r.source.line, r.source.endLine, r.source.format, contributed(r), versionId, JSON.stringify(r)]);
    }
    for (const key of matchKeys(draft)) rows.keys.push([key, paperId]);
  });
  return rows;
}

export const rowCount = (rows: LibraryRows, withKeys = true) =>
  rows.papers.length + rows.authors.length + rows.links.length + rows.categories.length + rows.versions.length + rows.sources.length + (withKeys ? rows.keys.length : 0);

/**
 * Inserts the rows into an empty, migrated library in one transaction, as one import
 * batch. `matchKeys: false` leaves out the MatchKey rows (the brief's six tables only).
 */
export function insertLibraryRows(db: SqliteDatabase, rows: LibraryRows, options: { matchKeys?: boolean } = {}): void {
  const insertBatch = db.prepare(`INSERT INTO "ImportBatch" ("createdAt", "sourceNames", "contentHash", "papersNew", "papersMerged", "papersUnchanged", "warnings")
    VALUES (?, '[]', 'direct', ?, 0, 0, '[]')`);
  const insertPaper = db.prepare(`INSERT INTO "Paper" ("slug", "arxivId", "arxivVersion", "title", "abstract", "publishedAt",
    "datePrecision", "comments", "organization", "authorsTruncated", "createdAt", "updatedAt")
    VALUES (@slug, @arxivId, @arxivVersion, @title, @abstract, @publishedAt, @datePrecision, @comments, @organization, @authorsTruncated, @now, @now)`);
  const insertAuthor = db.prepare('INSERT INTO "Author" ("name", "key", "slug") VALUES (?, ?, ?)');
  const insertLink = db.prepare('INSERT INTO "PaperAuthor" ("paperId", "authorId", "position") VALUES (?, ?, ?)');
  const insertCategory = db.prepare('INSERT INTO "PaperCategory" ("paperId", "category") VALUES (?, ?)');
  const insertVersion = db.prepare('INSERT INTO "AbstractVersion" ("paperId", "text", "textHash", "batchId") VALUES (?, ?, ?, ?)');
  const insertSource = db.prepare(`INSERT INTO "PaperSource" ("paperId", "batchId", "file", "lineStart", "lineEnd", "format", "fields", "abstractVersionId", "record")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertKey = db.prepare('INSERT OR IGNORE INTO "MatchKey" ("key", "paperId") VALUES (?, ?)');
  db.transaction(() => {
    const batchId = Number(insertBatch.run(sqliteNow(), rows.papers.length).lastInsertRowid);
    for (const p of rows.papers) insertPaper.run(p);
    for (const a of rows.authors) insertAuthor.run(...a);
    for (const l of rows.links) insertLink.run(...l);
    for (const c of rows.categories) insertCategory.run(...c);
    for (const [paperId, text, hash] of rows.versions) insertVersion.run(paperId, text, hash, batchId);
    for (const [paperId, ...rest] of rows.sources) insertSource.run(paperId, batchId, ...rest);
    if (options.matchKeys !== false) for (const k of rows.keys) insertKey.run(...k);
  }).immediate();
}
