// What an import would do, for the browser's preview: the layout found per file, each
// paper with its fields, the stored paper it would merge with and why, the possible
// duplicates and the warnings. Computed by the same plan as the import; writes nothing.

import type { SqliteDatabase } from "../db/sqlite";
import { toDryRunPaper, type DryRunPaper } from "./dry-run";
import type { PaperDraft } from "./draft";
import { parseInputs } from "./import-files";
import type { DumpInput } from "./read-inputs";
import { contentHash, planBatch, validateRecords } from "./store";
import type { ParseWarning } from "./types";

export type PreviewPaper = DryRunPaper & {
  kind: "new" | "merged" | "unchanged";
  /** Permalink key of the stored paper it merges with (null for a new paper). */
  key: string | null;
  mergesWith: { key: string; title: string | null; reason: string } | null;
};

export type ImportPreview = {
  files: { file: string; format: string; records: number; chromeLines: number; warnings: number }[];
  papers: PreviewPaper[];
  duplicates: { a: string; b: string; reason: string }[];
  warnings: ParseWarning[];
  summary: { records: number; papersNew: number; papersMerged: number; papersUnchanged: number; contentHash: string };
};

const storedKey = (d: PaperDraft) => ("storedKey" in d ? (d.storedKey as string) : null);
const describe = (d: PaperDraft) => d.title ?? `Untitled: ${(d.abstracts[0]?.text ?? "").split(/\s+/).slice(0, 10).join(" ")}…`;

export function previewImport(db: SqliteDatabase, inputs: DumpInput[], format?: string): ImportPreview {
  const dumps = parseInputs(inputs, { format });
  const records = validateRecords(dumps);
  // One read transaction: an import committing meanwhile can't leave half the plan merging
  // into papers that the other half does not see.
  const plan = db.transaction(() => planBatch(db, records)).deferred();
  const papers = plan.changes.map((change): PreviewPaper => {
    const key = storedKey(change.draft);
    const reason = plan.matchedBy.get(change.draft);
    return {
      ...toDryRunPaper(change.draft),
      kind: change.kind,
      key,
      mergesWith: key && reason ? { key, title: change.draft.title, reason } : null,
    };
  });
  const count = (kind: PreviewPaper["kind"]) => papers.filter((p) => p.kind === kind).length;
  return {
    files: dumps.map((d) => ({ file: d.file, format: d.format, records: d.records.length, chromeLines: d.chrome.length, warnings: d.warnings.length })),
    papers,
    duplicates: plan.duplicates.map((p) => ({ a: describe(p.a), b: describe(p.b), reason: p.reason })),
    warnings: dumps.flatMap((d) => d.warnings),
    summary: { records: records.length, papersNew: count("new"), papersMerged: count("merged"), papersUnchanged: count("unchanged"), contentHash: contentHash(inputs.map((i) => i.text)) },
  };
}
