// The papers as search sees them, loaded in bulk with one statement per table
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

export function loadSearchDocuments(db: SqliteDatabase): SearchDocument[] {
  const papers = db
    .prepare<[], PaperRow>('SELECT "id", "slug", "arxivId", "title", "abstract", "publishedAt", "authorsTruncated" FROM "Paper" ORDER BY "id"')
    .all();
  const byId = new Map<number, SearchDocument>();
  const docs = papers.map((p) => {
    const doc: SearchDocument = { ...p, key: p.arxivId ?? p.slug, authorsTruncated: Boolean(p.authorsTruncated), authors: [], categories: [], topics: [] };
    byId.set(p.id, doc);
    return doc;
  });
  const links = db.prepare<[], { paperId: number; name: string; slug: string }>(
    'SELECT pa."paperId", a."name", a."slug" FROM "PaperAuthor" pa JOIN "Author" a ON a."id" = pa."authorId" ORDER BY pa."paperId", pa."position"',
  );
  for (const row of links.iterate()) byId.get(row.paperId)?.authors.push({ name: row.name, slug: row.slug });
  const categories = db.prepare<[], { paperId: number; category: string }>('SELECT "paperId", "category" FROM "PaperCategory" ORDER BY rowid');
  for (const row of categories.iterate()) byId.get(row.paperId)?.categories.push(row.category);
  const topics = db.prepare<[], { paperId: number; slug: string; label: string }>(
    'SELECT pt."paperId", t."slug", t."label" FROM "PaperTopic" pt JOIN "Topic" t ON t."id" = pt."topicId" ORDER BY pt."paperId", pt."score" DESC',
  );
  for (const row of topics.iterate()) byId.get(row.paperId)?.topics.push({ slug: row.slug, label: row.label });
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
