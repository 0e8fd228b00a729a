// Benchmark: how long a second writer waits for the write lock while the import CLI stores
// a generated library of N papers in another process (what the busy timeout in
// lib/db/pragmas.ts must cover), how fast a reader answers meanwhile, and how long
// `npm run backup` takes on the result.
//   npx tsx scripts/bench-write-lock.ts [--papers 10000,100000] [--seed S]

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { cachedCorpus, freshLibrary, machineLine, mb, migratedTemplate, parseSizes, removeLibrary } from "../lib/corpus/bench-kit";
import { DEFAULT_SEED } from "../lib/corpus/generate";
import { backupLibrary } from "../lib/db/backup";
import { openSqlite } from "../lib/db/sqlite";

const log = (line: string) => process.stderr.write(`${line}\n`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
// Printed by the importer inside its write transaction, once it has read the stored papers.
const INSIDE = /stored papers may match/;

/** Starts the import CLI; resolves once it is inside its transaction, with its exit to come. */
function startImport(url: string, files: string[]): Promise<{ exited: Promise<{ code: number | null; stderr: string }> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "import.ts"), ...files], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      const seen = INSIDE.test(stderr);
      stderr += chunk;
      if (!seen && INSIDE.test(stderr)) resolve({ exited });
    });
    void exited.then(({ code }) => reject(new Error(`import exited (${code}) before its transaction:\n${stderr}`)));
  });
}

async function measure(papers: number, seed: number, work: string): Promise<void> {
  const { files } = cachedCorpus(papers, seed);
  const file = freshLibrary(await migratedTemplate(work), path.join(work, "library.db"));
  const url = `file:${file}`;
  const reader = openSqlite(url);
  const writer = openSqlite(url);
  const started = performance.now();
  const importer = await startImport(url, files);
  const insideAt = performance.now();
  let t = performance.now();
  const before = reader.prepare('SELECT count(*) FROM "Paper"').pluck().get();
  const readMs = performance.now() - t;
  t = performance.now();
  writer.prepare("BEGIN IMMEDIATE").run(); // blocks until the importer commits
  const waitMs = performance.now() - t;
  writer.prepare("ROLLBACK").run();
  const { code, stderr } = await importer.exited;
  if (code !== 0) throw new Error(`import failed:\n${stderr}`);
  const summary = stderr.trim().split("\n").at(-1) ?? "";
  log(`${papers} papers: CLI start to inside the transaction ${s(insideAt - started)}; a second writer then waited ${s(waitMs)} for the lock; ` +
    `a read meanwhile took ${readMs.toFixed(1)} ms (saw ${String(before)} papers)`);
  log(`  importer: ${summary}`);
  reader.close();
  writer.close();

  const target = path.join(work, "backup.db");
  t = performance.now();
  const report = await backupLibrary(url, target);
  log(`  backup: ${mb(report.bytes)}, ${report.counts.papers} papers, integrity ${report.integrity}, ${s(performance.now() - t)}`);
  removeLibrary(target);
  removeLibrary(file);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string" }, seed: { type: "string" } } });
  const sizes = parseSizes(values.papers ?? "10000");
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  log(machineLine());
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-lock-"));
  try {
    for (const papers of sizes) await measure(papers, seed, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
