// Benchmark: importing a generated library of 10,000 / 100,000 papers end to end through
// the CLI's path (read, parse, merge, store: one transaction; then topics and related
// papers in their own), on a fresh migrated library each run, against a floor: the same
// rows inserted with plain prepared statements in one transaction. Also once as the real
// CLI, in a child process.
//   npx tsx scripts/bench-scale-import.ts [--papers 10000,100000] [--runs 3] [--seed S] [--no-cli] [--no-floor]

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { cachedCorpus, freshLibrary, machineLine, mb, median, migratedTemplate, parseSizes, removeLibrary } from "../lib/corpus/bench-kit";
import { parseCorpus } from "../lib/corpus/check";
import { DEFAULT_SEED } from "../lib/corpus/generate";
import { insertLibraryRows, libraryRows, rowCount } from "../lib/corpus/library-rows";
import { openSqlite, type SqliteDatabase } from "../lib/db/sqlite";
import { importFiles } from "../lib/import/import-files";

const log = (line: string) => process.stderr.write(`${line}\n`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en-US")}/s`;

const TABLES = ["Paper", "Author", "PaperAuthor", "PaperCategory", "AbstractVersion", "PaperSource", "MatchKey", "PossibleDuplicate", "Topic", "PaperTopic", "RelatedPaper"];
const tableCounts = (db: SqliteDatabase) =>
  Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));

/** Phases of one in-process import, from the times its progress callbacks fired. */
type ImportRun = { totalMs: number; batchMs: number; parseMs: number; lookupMs: number; mergeMs: number; writeMs: number; topicsMs: number; relatedMs: number; derivedMs: number; papers: number; duplicates: number; counts: Record<string, number> };

async function importOnce(template: string, file: string, files: string[]): Promise<ImportRun> {
  const db = openSqlite(`file:${freshLibrary(template, file)}`);
  const t0 = performance.now();
  let parsedAt = t0;
  const at: Record<string, number> = {};
  let derived = { topics: 0, related: 0 };
  const summary = await importFiles(db, files, {
    onParsed: () => (parsedAt = performance.now()),
    onProgress: (m) => {
      const now = performance.now();
      if (m.includes("stored papers may match")) at.lookup = now;
      else if (m.startsWith("merged into")) at.merged = now;
      else if (/^batch #\d+ committed/.test(m)) at.committed = now;
      else if (m.startsWith("topics in")) {
        const [, topics, related] = /topics in (\d+) ms, related papers in (\d+) ms/.exec(m) ?? [];
        derived = { topics: Number(topics), related: Number(related) };
      }
    },
  });
  const end = performance.now();
  const counts = tableCounts(db);
  db.close();
  const committed = at.committed ?? end;
  return {
    totalMs: end - t0, batchMs: committed - t0, parseMs: parsedAt - t0, lookupMs: (at.lookup ?? parsedAt) - parsedAt, mergeMs: (at.merged ?? 0) - (at.lookup ?? 0),
    writeMs: committed - (at.merged ?? 0), topicsMs: derived.topics, relatedMs: derived.related, derivedMs: end - committed,
    papers: summary.papersNew, duplicates: summary.duplicates, counts,
  };
}

function cliOnce(work: string, files: string[]): { wallMs: number; importMs: number | null; ok: boolean } {
  const file = path.join(work, "cli.db");
  removeLibrary(file);
  const started = performance.now();
  const child = spawnSync("npx", ["tsx", "scripts/import.ts", ...files], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  removeLibrary(file);
  const importMs = /\((\d+) ms\)\s*$/m.exec(child.stderr ?? "")?.[1];
  if (child.status !== 0) log(child.stderr.slice(-2000));
  return { wallMs, importMs: importMs ? Number(importMs) : null, ok: child.status === 0 };
}

type SizeResult = { n: number; importMs: number; floorMs: number | null; floorKeysMs: number | null };

async function benchSize(n: number, runs: number, seed: number, work: string, options: { cli: boolean; floor: boolean }): Promise<SizeResult> {
  const { corpus, files, reused, generateMs, dir } = cachedCorpus(n, seed);
  const records = corpus.dumps.reduce((k, d) => k + d.entries.length, 0);
  log(`\n== ${n.toLocaleString("en-US")} papers: ${records} records in ${files.length} files (${reused ? "reused" : "written"} in ${dir}; generated in ${s(generateMs)})`);
  const template = await migratedTemplate(work);
  const results: ImportRun[] = [];
  for (let run = 0; run < runs; run++) {
    results.push(await importOnce(template, path.join(work, "import.db"), files));
    const r = results.at(-1)!;
    log(`  import run ${run + 1}: batch ${s(r.batchMs)} (parse ${s(r.parseMs)}, lookup ${s(r.lookupMs)}, merge ${s(r.mergeMs)}, writes + commit ${s(r.writeMs)}), then derived ${s(r.derivedMs)} (topics ${s(r.topicsMs)}, related ${s(r.relatedMs)}); maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  }
  removeLibrary(path.join(work, "import.db"));
  const m = (k: keyof ImportRun) => median(results.map((r) => r[k] as number));
  const importMs = m("batchMs");
  const last = results.at(-1)!;

  let floorMs: number | null = null;
  let floorKeysMs: number | null = null;
  let floorRows = { six: 0, keys: 0 };
  if (options.floor) {
    const rows = libraryRows(corpus, parseCorpus(corpus).dumps);
    floorRows = { six: rowCount(rows, false), keys: rowCount(rows, true) };
    const time = (matchKeys: boolean) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const db = openSqlite(`file:${freshLibrary(template, path.join(work, "floor.db"))}`);
        const started = performance.now();
        insertLibraryRows(db, rows, { matchKeys });
        times.push(performance.now() - started);
        db.close();
      }
      removeLibrary(path.join(work, "floor.db"));
      return median(times);
    };
    floorMs = time(false);
    floorKeysMs = time(true);
  }
  const cli = options.cli ? cliOnce(work, files) : null;

  console.log(`\n${n.toLocaleString("en-US")} papers (${records} records, ${files.length} files), median of ${runs} runs`);
  console.log(`  import batch via importFiles, one transaction: ${s(importMs).padStart(9)}  ${rate(n, importMs).padStart(9)} papers`);
  console.log(`    read + parse ${s(m("parseMs"))} | validate + stored-paper lookup ${s(m("lookupMs"))} | merge ${s(m("mergeMs"))} | row writes + commit ${s(m("writeMs"))}`);
  console.log(`  then topics + related papers (own transaction): ${s(m("derivedMs")).padStart(9)}  (topics ${s(m("topicsMs"))}, related ${s(m("relatedMs"))}); batch + derived ${s(m("totalMs"))}, ${rate(n, m("totalMs"))} papers`);
  console.log(`    stored: ${last.papers} papers (${last.duplicates} possible duplicates); rows ${JSON.stringify(last.counts)}`);
  if (floorMs !== null && floorKeysMs !== null) {
    console.log(`  floor, plain prepared inserts (6 tables, ${floorRows.six} rows): ${s(floorMs).padStart(9)}  ${rate(n, floorMs).padStart(9)} papers  → the import batch is ${(importMs / floorMs).toFixed(1)}× the floor`);
    console.log(`  floor + MatchKey rows (${floorRows.keys} rows):             ${s(floorKeysMs).padStart(9)}  ${rate(n, floorKeysMs).padStart(9)} papers  → the import batch is ${(importMs / floorKeysMs).toFixed(1)}×`);
  }
  if (cli) {
    console.log(`  CLI, npx tsx scripts/import.ts (child):   ${s(cli.wallMs).padStart(9)}  ${rate(n, cli.wallMs).padStart(9)} papers wall` +
      `${cli.importMs !== null ? ` (import itself ${s(cli.importMs)}; start-up + migrations + parse ≈ ${s(cli.wallMs - cli.importMs)})` : ""}${cli.ok ? "" : " FAILED"}`);
  }
  return { n, importMs, floorMs, floorKeysMs };
}

async function main() {
  const { values } = parseArgs({
    options: { papers: { type: "string", default: "10000,100000" }, runs: { type: "string", default: "3" }, seed: { type: "string" }, "no-cli": { type: "boolean" }, "no-floor": { type: "boolean" } },
  });
  const sizes = parseSizes(values.papers);
  const runs = Number(values.runs);
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-bench-scale-"));
  console.log(machineLine());
  try {
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await benchSize(n, runs, seed, work, { cli: !values["no-cli"], floor: !values["no-floor"] }));
    if (results.length > 1) {
      console.log("\nscaling (time ∝ papers^k; k = 1 is linear)");
      console.log("  papers      import      papers/s   floor      papers/s   import/floor");
      for (const r of results) {
        const f = r.floorMs ?? NaN;
        console.log(`  ${String(r.n).padEnd(10)}  ${s(r.importMs).padStart(9)}  ${rate(r.n, r.importMs).padStart(9)}   ${s(f).padStart(8)}  ${rate(r.n, f).padStart(9)}   ${(r.importMs / f).toFixed(0)}×`);
      }
      for (let i = 1; i < results.length; i++) {
        const [a, b] = [results[i - 1]!, results[i]!];
        const k = (x: number, y: number) => (Math.log(y / x) / Math.log(b.n / a.n)).toFixed(2);
        console.log(`  ${a.n} → ${b.n}: import k = ${k(a.importMs, b.importMs)}, floor k = ${a.floorMs && b.floorMs ? k(a.floorMs, b.floorMs) : "-"}`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
