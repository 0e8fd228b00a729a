// CLI: npm run import -- [--dry-run] [--json] [--format NAME] FILE...   ("-" reads stdin)
// Imports all files as one batch in one transaction. With --dry-run --json it writes
// nothing and prints only the merged papers as one JSON document on stdout.

import { parseArgs } from "node:util";
import { openSqlite } from "../lib/db/sqlite";
import { applyMigrations } from "../lib/db/migrate";
import { databaseFileFromUrl, env } from "../lib/env";
import { dryRunDocument } from "../lib/import/dry-run";
import { mergeRecords } from "../lib/import/merge";
import { parseInputs } from "../lib/import/import-files";
import { readInputs } from "../lib/import/read-inputs";
import { LAYOUTS } from "../lib/import/registry";
import { importDumps, validateRecords, type ImportSummary } from "../lib/import/store";
import { ImportError } from "../lib/import/types";

const USAGE = `usage: npm run import -- [--dry-run] [--json] [--format NAME] FILE...   (- reads stdin)
formats: ${LAYOUTS.map((l) => l.name).join(", ")}`;

const log = (line: string) => process.stderr.write(`${line}\n`);

function describe(summary: ImportSummary, dryRun: boolean): string {
  const counts = `${summary.papersNew} new, ${summary.papersMerged} merged, ${summary.papersUnchanged} unchanged`;
  if (summary.papersNew === 0 && summary.papersMerged === 0) {
    return `Nothing to change: all ${summary.papersUnchanged} papers are already in the library.`;
  }
  const verb = dryRun ? "Would import" : `Imported batch #${summary.batchId}:`;
  return `${verb} ${summary.records} records as papers ${counts}; ${summary.duplicates} possible duplicates; ${summary.warnings.length} warnings.`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, format: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help || positionals.length === 0) {
    log(USAGE);
    return values.help ? 0 : 2;
  }
  const dryRun = values["dry-run"] ?? false;
  const inputs = await readInputs(positionals);
  const dumps = parseInputs(inputs, {
    format: values.format,
    onParsed: (d) => log(`${d.file}: ${d.format}, ${d.records.length} records, ${d.chrome.length} chrome lines, ${d.warnings.length} warnings`),
  });
  for (const w of dumps.flatMap((d) => d.warnings)) log(`warning: ${w.file}:${w.line}: ${w.message}`);

  if (dryRun && values.json) {
    const { drafts } = mergeRecords(validateRecords(dumps));
    process.stdout.write(`${JSON.stringify(dryRunDocument(drafts, dumps.flatMap((d) => d.warnings)), null, 2)}\n`);
    return 0;
  }
  // A fresh clone's first import creates the library; later ones find it current.
  await applyMigrations(databaseFileFromUrl(env.DATABASE_URL));
  const db = openSqlite(env.DATABASE_URL);
  try {
    const started = performance.now();
    const summary = importDumps(db, dumps, inputs.map((i) => i.text), { dryRun, onProgress: (m) => log(`… ${m}`) });
    log(`${describe(summary, dryRun)} (${Math.round(performance.now() - started)} ms)`);
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  } finally {
    db.close();
  }
}

// exitCode, not exit(): exit() would cut off stdout still flowing into a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ImportError) log(`error: ${error.message}`);
    else log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
