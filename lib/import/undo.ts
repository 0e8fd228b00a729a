// Undoing an import batch: its sources go, and every paper they touched is derived again
// from the sources it has left (a paper is a function of its sources), or removed when
// none are left. Permalinks keep answering: an arXiv ID the paper lost redirects to it,
// a removed paper's keys answer "gone", naming the undone batch. The undo is a batch too.

import { sqliteNow, type SqliteDatabase } from "../db/sqlite";
import { refreshDerived } from "../derived/refresh-derived";
import { absorbRecord, draftFromRecord, type PaperDraft } from "./draft";
import { matchKeys } from "./match-keys";
import { paperFields } from "./plan";
import { createBatchWriter } from "./store-writes";
import type { ParsedRecord } from "./types";

export type UndoErrorKind = "not-found" | "conflict";

export class UndoError extends Error {
  constructor(message: string, readonly kind: UndoErrorKind) {
    super(message);
    this.name = "UndoError";
  }
}

export type UndoSummary = { undoBatchId: number; undoneBatchId: number; papersRemoved: number; papersRestored: number };

type BatchRow = { id: number; kind: string; undoneAt: string | null };

/** The paper as its remaining sources make it, in the order they were stored. */
function deriveFromSources(db: SqliteDatabase, paperId: number, batchId: number): PaperDraft | null {
  const rows = db.prepare<[number], { record: string }>('SELECT "record" FROM "PaperSource" WHERE "paperId" = ? ORDER BY "id"').all(paperId);
  if (rows.length === 0) return null;
  const records = rows.map((r): ParsedRecord => {
    if (!r.record) throw new UndoError(`import #${batchId} touched papers stored before sources kept their records; it cannot be undone`, "conflict");
    return JSON.parse(r.record) as ParsedRecord;
  });
  const draft = draftFromRecord(records[0]!);
  for (const record of records.slice(1)) absorbRecord(draft, record);
  return draft;
}

export function undoBatch(db: SqliteDatabase, batchId: number): UndoSummary {
  const run = db.transaction((): UndoSummary => {
    const batch = db.prepare<[number], BatchRow>('SELECT "id", "kind", "undoneAt" FROM "ImportBatch" WHERE "id" = ?').get(batchId);
    if (!batch) throw new UndoError(`there is no import #${batchId}`, "not-found");
    if (batch.kind !== "import") throw new UndoError(`#${batchId} is itself an undo; import the dump again instead`, "conflict");
    if (batch.undoneAt) throw new UndoError(`import #${batchId} was already undone`, "conflict");

    const now = sqliteNow();
    const undoBatchId = Number(
      db.prepare(`INSERT INTO "ImportBatch" ("createdAt", "kind", "undoesBatchId", "sourceNames", "contentHash", "papersNew", "papersMerged", "papersUnchanged", "warnings")
        VALUES (?, 'undo', ?, ?, '', 0, 0, 0, '[]')`).run(now, batchId, JSON.stringify([`undo of import #${batchId}`])).lastInsertRowid,
    );
    const paperIds = db.prepare<[number], number>('SELECT DISTINCT "paperId" FROM "PaperSource" WHERE "batchId" = ?').pluck().all(batchId);
    db.prepare('DELETE FROM "PaperSource" WHERE "batchId" = ?').run(batchId);

    const writer = createBatchWriter(db, undoBatchId);
    const paper = db.prepare<[number], { slug: string; arxivId: string | null }>('SELECT "slug", "arxivId" FROM "Paper" WHERE "id" = ?');
    const alias = db.prepare('INSERT OR REPLACE INTO "PaperAlias" ("key", "paperId", "reason", "batchId", "createdAt") VALUES (?, ?, ?, ?, ?)');
    let papersRemoved = 0;
    let papersRestored = 0;
    for (const paperId of paperIds) {
      const before = paper.get(paperId)!;
      const draft = deriveFromSources(db, paperId, batchId);
      if (!draft) {
        for (const key of [before.slug, before.arxivId]) if (key) alias.run(key, null, `removed when import #${batchId} was undone`, undoBatchId, now);
        db.prepare('DELETE FROM "Paper" WHERE "id" = ?').run(paperId);
        papersRemoved++;
        continue;
      }
      writer.rewritePaper(paperId, paperFields(draft));
      if (before.arxivId && before.arxivId !== draft.arxivId) alias.run(before.arxivId, paperId, `the arXiv ID came from import #${batchId}, since undone`, undoBatchId, now);
      keepOnlyVersionsOf(db, paperId, draft, batchId);
      db.prepare('DELETE FROM "MatchKey" WHERE "paperId" = ?').run(paperId);
      const insertKey = db.prepare('INSERT OR IGNORE INTO "MatchKey" ("key", "paperId") VALUES (?, ?)');
      for (const key of matchKeys(draft)) insertKey.run(key, paperId);
      papersRestored++;
    }
    db.prepare('DELETE FROM "Author" WHERE "id" NOT IN (SELECT "authorId" FROM "PaperAuthor")').run();
    db.prepare('UPDATE "ImportBatch" SET "undoneAt" = ? WHERE "id" = ?').run(now, batchId);
    db.prepare('UPDATE "ImportBatch" SET "papersMerged" = ?, "papersRemoved" = ? WHERE "id" = ?').run(papersRestored, papersRemoved, undoBatchId);
    return { undoBatchId, undoneBatchId: batchId, papersRemoved, papersRestored };
  });
  const summary = run.immediate();
  refreshDerived(db);
  return summary;
}

/** Abstract versions only the undone batch carried go; those still carried stay. */
function keepOnlyVersionsOf(db: SqliteDatabase, paperId: number, draft: PaperDraft, batchId: number) {
  const kept = new Set(draft.abstracts.map((a) => a.hash));
  const versions = db.prepare<[number], { id: number; textHash: string; batchId: number }>('SELECT "id", "textHash", "batchId" FROM "AbstractVersion" WHERE "paperId" = ?').all(paperId);
  for (const v of versions) {
    if (!kept.has(v.textHash)) {
      db.prepare('DELETE FROM "AbstractVersion" WHERE "id" = ?').run(v.id);
    } else if (v.batchId === batchId) {
      // First seen in the undone batch, but a later one carries it too: credit that one.
      db.prepare(
        `UPDATE "AbstractVersion" SET "batchId" = COALESCE((SELECT min("batchId") FROM "PaperSource" WHERE "abstractVersionId" = ?),
          (SELECT min("batchId") FROM "PaperSource" WHERE "paperId" = ?)) WHERE "id" = ?`,
      ).run(v.id, paperId, v.id);
    }
  }
}
