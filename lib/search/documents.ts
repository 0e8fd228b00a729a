// The papers as search sees them, loaded in bulk with one statement per table and page
// (Prisma's per-row cost is too high for a whole library; see decision 0002).

import type { SqliteDatabase } from "../db/sqlite";

export type AuthorRef = { name: string; slug: string };

export type SearchDocument = {
  id: number;
  /** The permalink key: the arXiv ID when known, else the slug. */
  key: string;
  slug: string;
  arxivId: string | null;
  title: string | null;
  abstract: string | null;
  publishedAt: string | null;
  authors: AuthorRef[];
  authorsTruncated: boolean;
  categories: string[];
  topics: TopicRef[];
};

export type TopicRef = { slug: string; label: string };

type PaperRow = Omit<SearchDocument, "key" | "authors" | "categories" | "topics" | "authorsTruncated"> & { authorsTruncated: number };

const PAGE = 2_000;

/**
 * The documents in pages of papers by id, one statement per table and page: a large
 * library can be read a page at a time between other work (inside one read transaction,
 * if the caller wants one moment of the library).
 */
export function* searchDocumentPages(db: SqliteDatabase, pageSize = PAGE): Generator<SearchDocument[], void, void> {
  const papers = db.prepare<[number, number], PaperRow>(
    'SELECT "id", "slug", "arxivId", "title", "abstract", "publishedAt", "authorsTruncated" FROM "Paper" WHERE "id" > ? ORDER BY "id" LIMIT ?',
  );
  const links = db.prepare<[number, number], { paperId: number; name: string; slug: string }>(
    'SELECT pa."paperId", a."name", a."slug" FROM "PaperAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" WHERE pa."paperId" BETWEEN ? AND ? ORDER BY pa."paperId", pa."position"',
  );
  const categories = db.prepare<[number, number], { paperId: number; category: string }>(
    'SELECT "paperId", "category" FROM "PaperCategory" WHERE "paperId" BETWEEN ? AND ? ORDER BY "paperId", rowid',
  );
  const topics = db.prepare<[number, number], { paperId: number; slug: string; label: string }>(
    'SELECT pt."paperId", t."slug", t."label" FROM "PaperTopic" pt JOIN "Topic" t ON t."id" = pt."topicId" WHERE pt."paperId" BETWEEN ? AND ? ORDER BY pt."paperId", pt."score" DESC',
  );
  // One object per author and topic, shared by their papers.
  const authorRefs = new Map<string, AuthorRef>();
  const topicRefs = new Map<string, TopicRef>();
  let after = 0;
  for (;;) {
    const rows = papers.all(after, pageSize);
    if (rows.length === 0) return;
    const byId = new Map<number, SearchDocument>();
    const docs = rows.map((p) => {
      const doc: SearchDocument = { ...p, key: p.arxivId ?? p.slug, authorsTruncated: Boolean(p.authorsTruncated), authors: [], categories: [], topics: [] };
      byId.set(p.id, doc);
      return doc;
    });
    const [from, to] = [rows[0]!.id, rows.at(-1)!.id];
    for (const { paperId, name, slug } of links.iterate(from, to)) {
      const key = `${slug}\u0000${name}`;
      let ref = authorRefs.get(key);
      if (!ref) authorRefs.set(key, (ref = { name, slug }));
      byId.get(paperId)?.authors.push(ref);
    }
    for (const row of categories.iterate(from, to)) byId.get(row.paperId)?.categories.push(row.category);
    for (const { paperId, slug, label } of topics.iterate(from, to)) {
      let ref = topicRefs.get(slug);
      if (!ref || ref.label !== label) topicRefs.set(slug, (ref = { slug, label }));
      byId.get(paperId)?.topics.push(ref);
    }
    yield docs;
    after = to;
  }
}

export function loadSearchDocuments(db: SqliteDatabase): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const page of searchDocumentPages(db)) for (const doc of page) docs.push(doc);
  return docs;
}

/**
 * Changes whenever an import (or an undo) lands, and again when its topics are derived
 * (a moment later, lib/derived/refresh-derived.ts): the index is stale when it moved.
 */
export function libraryRevision(db: SqliteDatabase): string {
  const row = db
    .prepare<[], { last: number | null; n: number; derived: number }>('SELECT max("id") AS last, count(*) AS n, count("derivedAt") AS derived FROM "ImportBatch"')
    .get()!;
  return `${row.last ?? 0}:${row.n}:${row.derived}`;
}
