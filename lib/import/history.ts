// The import history: every batch (imports and undos) with its counts, and what one
// batch changed, read straight from the batch's provenance rows.

import type { SqliteDatabase } from "../db/sqlite";

export type BatchSummary = {
  id: number;
  createdAt: string;
  kind: "import" | "undo";
  sourceNames: string[];
  contentHash: string;
  papersNew: number;
  papersMerged: number;
  papersUnchanged: number;
  papersRemoved: number;
  warnings: number;
  undoneAt: string | null;
  undoesBatchId: number | null;
};

export type BatchDetail = BatchSummary & { papers: { key: string; title: string | null; change: "new" | "merged" }[] };

type BatchRow = Omit<BatchSummary, "sourceNames" | "warnings" | "kind"> & { kind: string; sourceNames: string; warnings: string };

const toSummary = (row: BatchRow): BatchSummary => ({
  ...row,
  kind: row.kind === "undo" ? "undo" : "import",
  sourceNames: JSON.parse(row.sourceNames) as string[],
  warnings: (JSON.parse(row.warnings) as unknown[]).length,
});

const COLUMNS = `"id", "createdAt", "kind", "sourceNames", "contentHash", "papersNew", "papersMerged", "papersUnchanged", "papersRemoved", "warnings", "undoneAt", "undoesBatchId"`;

export function listBatches(db: SqliteDatabase): BatchSummary[] {
  return db.prepare<[], BatchRow>(`SELECT ${COLUMNS} FROM "ImportBatch" ORDER BY "id" DESC`).all().map(toSummary);
}

/** A batch and the papers it added or changed (as they are now), or null. */
export function getBatch(db: SqliteDatabase, id: number): BatchDetail | null {
  const row = db.prepare<[number], BatchRow>(`SELECT ${COLUMNS} FROM "ImportBatch" WHERE "id" = ?`).get(id);
  if (!row) return null;
  const papers = db
    .prepare<[number], { slug: string; arxivId: string | null; title: string | null; firstBatch: number }>(
      `SELECT p."slug", p."arxivId", p."title", (SELECT min(s2."batchId") FROM "PaperSource" s2 WHERE s2."paperId" = p."id") AS firstBatch
       FROM "Paper" p WHERE p."id" IN (SELECT "paperId" FROM "PaperSource" WHERE "batchId" = ?) ORDER BY p."id"`,
    )
    .all(id)
    .map((p) => ({ key: p.arxivId ?? p.slug, title: p.title, change: p.firstBatch === id ? ("new" as const) : ("merged" as const) }));
  return { ...toSummary(row), papers };
}
