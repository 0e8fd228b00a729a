// Writes one import batch in one SQLite transaction: records are validated, merged with
// the stored papers they match, and only what is new is written. A batch that changes
// nothing writes nothing, so importing the same dump twice leaves the library as it was.
// Topics and related papers follow in a transaction of their own (refresh-derived.ts).

import { createHash } from "node:crypto";
import { sqliteNow, type SqliteDatabase } from "../db/sqlite";
import { mergeRecords, type MergeResult } from "./merge";
import type { ParsedDump } from "./parse-dump";
import { paperFields, planChange, type PaperChange } from "./plan";
import { recordProblem } from "./record-schema";
import { derivedIsStale, refreshDerived } from "../derived/refresh-derived";
import { createBatchWriter } from "./store-writes";
import { loadStoredDrafts } from "./stored-drafts";
import { ImportError, type ParsedRecord, type ParseWarning } from "./types";
import type { PaperDraft } from "./draft";

export type ImportSummary = {
  batchId: number | null;
  contentHash: string;
  records: number;
  papersNew: number;
  papersMerged: number;
  papersUnchanged: number;
  duplicates: number;
  warnings: ParseWarning[];
};

export type ImportOptions = {
  dryRun?: boolean;
  /** Called as the batch moves through its stages, for progress output. */
  onProgress?: (message: string) => void;
};

export function contentHash(texts: string[]): string {
  const hash = createHash("sha256");
  for (const t of texts) hash.update(t).update("\0");
  return hash.digest("hex");
}

/** Every record passes the schema, or the import fails naming the file and line. */
export function validateRecords(dumps: ParsedDump[]): ParsedRecord[] {
  return dumps.flatMap((dump) =>
    dump.records.map((record) => {
      const problem = recordProblem(record);
      if (problem) throw new ImportError(dump.file, record.source.line, problem);
      return record;
    }),
  );
}

export type BatchPlan = MergeResult & { changes: PaperChange[] };

/** What importing these records would do to the library: reads only, writes nothing. */
export function planBatch(db: SqliteDatabase, records: ParsedRecord[], progress: (message: string) => void = () => {}): BatchPlan {
  const { drafts: stored, bucketSizes } = loadStoredDrafts(db, records);
  progress(`${records.length} records; ${stored.length} stored papers may match`);
  const before = new Map<PaperDraft, ReturnType<typeof paperFields>>(stored.map((d) => [d, paperFields(d)]));
  const merged = mergeRecords(records, stored, bucketSizes);
  const changes = merged.drafts.filter((d) => d.records.length > 0).map((d) => planChange(d, before.get(d) ?? null));
  progress(`merged into ${changes.length} papers`);
  return { ...merged, changes };
}

/** Thrown to roll back a dry run's transaction; carries what the import would have done. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

/**
 * Imports the dumps as one batch. With `dryRun` the whole import runs against the
 * library and is rolled back, so the summary is exactly what a real import would do.
 */
export function importDumps(db: SqliteDatabase, dumps: ParsedDump[], texts: string[], options: ImportOptions = {}): ImportSummary {
  const records = validateRecords(dumps);
  const warnings = dumps.flatMap((d) => d.warnings);
  const hash = contentHash(texts);
  const run = db.transaction((): ImportSummary => {
    const progress = options.onProgress ?? (() => {});
    const { changes, duplicates } = planBatch(db, records, progress);
    const count = (kind: PaperChange["kind"]) => changes.filter((c) => c.kind === kind).length;
    const summary: ImportSummary = {
      batchId: null,
      contentHash: hash,
      records: records.length,
      papersNew: count("new"),
      papersMerged: count("merged"),
      papersUnchanged: count("unchanged"),
      duplicates: duplicates.length,
      warnings,
    };
    if (summary.papersNew === 0 && summary.papersMerged === 0) return summary;

    const batchId = Number(
      db.prepare(`INSERT INTO "ImportBatch" ("createdAt", "sourceNames", "contentHash", "papersNew", "papersMerged", "papersUnchanged", "warnings")
        VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(sqliteNow(), JSON.stringify(dumps.map((d) => d.file)), hash, summary.papersNew, summary.papersMerged, summary.papersUnchanged, JSON.stringify(warnings))
        .lastInsertRowid,
    );
    const writer = createBatchWriter(db, batchId);
    const ids = new Map<PaperDraft, number>();
    let written = 0;
    for (const change of changes) {
      if (change.kind === "unchanged") continue;
      ids.set(change.draft, writer.write(change));
      if (++written % 10_000 === 0) progress(`written ${written} papers`);
    }
    writer.duplicates(ids, duplicates);
    if (options.dryRun) throw new DryRunRollback(summary);
    return { ...summary, batchId };
  });
  let summary: ImportSummary;
  try {
    summary = run.immediate();
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
  if (summary.batchId !== null) options.onProgress?.(`batch #${summary.batchId} committed`);
  // Also catches up after a process that died between a batch and its derived data.
  if (summary.batchId !== null || derivedIsStale(db)) {
    const derived = refreshDerived(db);
    options.onProgress?.(`topics in ${derived.topicsMs.toFixed(0)} ms, related papers in ${derived.relatedMs.toFixed(0)} ms`);
  }
  return summary;
}
