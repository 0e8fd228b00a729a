// Writes one import batch in one transaction: parse results are validated, merged with
// the stored papers they match, and only what is new is written. A batch that changes
// nothing writes nothing, so importing the same dump twice leaves the library as it was.

import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { mergeRecords, type DuplicatePair } from "./merge";
import { paperFields, planChange, type PaperChange } from "./plan";
import { parsedRecordSchema } from "./record-schema";
import { loadStoredDrafts } from "./stored-drafts";
import { writeNewPaper, writeMergedPaper, writeDuplicates, type WriteContext } from "./store-writes";
import { ImportError, type ParsedRecord, type ParseWarning } from "./types";
import type { ParsedDump } from "./parse-dump";

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

export function contentHash(texts: string[]): string {
  const hash = createHash("sha256");
  for (const t of texts) hash.update(t).update("\0");
  return hash.digest("hex");
}

export function validateRecords(dumps: ParsedDump[]): ParsedRecord[] {
  return dumps.flatMap((dump) =>
    dump.records.map((record) => {
      const checked = parsedRecordSchema.safeParse(record);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new ImportError(dump.file, record.source.line, `${issue.path.join(".")}: ${issue.message}`);
      }
      return record;
    }),
  );
}

/** Thrown to roll back a dry run's transaction; carries what the import would have done. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run");
  }
}

export type ImportOptions = { dryRun?: boolean };

/**
 * Imports the dumps as one batch. With `dryRun` the whole import runs against the
 * library and is rolled back, so the summary is exactly what a real import would do.
 */
export async function importDumps(
  prisma: PrismaClient,
  dumps: ParsedDump[],
  texts: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  try {
    return await writeBatch(prisma, dumps, texts, options);
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

async function writeBatch(prisma: PrismaClient, dumps: ParsedDump[], texts: string[], options: ImportOptions): Promise<ImportSummary> {
  const records = validateRecords(dumps);
  const warnings = dumps.flatMap((d) => d.warnings);
  const hash = contentHash(texts);
  return prisma.$transaction(
    async (tx) => {
      const stored = await loadStoredDrafts(tx, records);
      const before = new Map(stored.map((d) => [d, paperFields(d)]));
      const { drafts, duplicates } = mergeRecords(records, stored);
      const changes: PaperChange[] = drafts
        .filter((d) => d.records.length > 0)
        .map((d) => planChange(d, before.get(d as never) ?? null));
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


      const batch = await tx.importBatch.create({
        data: {
          sourceNames: JSON.stringify(dumps.map((d) => d.file)),
          contentHash: hash,
          papersNew: summary.papersNew,
          papersMerged: summary.papersMerged,
          papersUnchanged: summary.papersUnchanged,
          warnings: JSON.stringify(warnings),
        },
      });
      const ctx: WriteContext = { tx, batchId: batch.id, ids: new Map(), authorIds: new Map() };
      for (const change of changes) {
        if (change.kind === "new") await writeNewPaper(ctx, change);
        else if (change.kind === "merged") await writeMergedPaper(ctx, change);
        else if (change.draft.storedId !== null) ctx.ids.set(change.draft, change.draft.storedId);
      }
      await writeDuplicates(ctx, duplicates as DuplicatePair[]);
      if (options.dryRun) throw new DryRunRollback(summary);
      return { ...summary, batchId: batch.id };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
