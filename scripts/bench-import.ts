// Benchmark: importing dumps into a fresh library, end to end in process (read, parse,
// merge, store in one transaction), median of several runs, each on a new SQLite file.
//   npx tsx scripts/bench-import.ts [--runs 7] [FILE...]      (default: seeds/*.txt)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/db/migrate";
import { openSqlite } from "../lib/db/sqlite";
import { importFiles } from "../lib/import/import-files";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "7" } } });
  const files = positionals.length ? positionals : fs.readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort().map((f) => path.join("seeds", f));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-bench-"));
  const first: number[] = [];
  const again: number[] = [];
  let papers = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    const file = path.join(dir, `run-${run}.db`);
    await applyMigrations(file);
    const db = openSqlite(`file:${file}`);
    let started = performance.now();
    papers = (await importFiles(db, files)).papersNew;
    first.push(performance.now() - started);
    started = performance.now();
    await importFiles(db, files);
    again.push(performance.now() - started);
    db.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  console.log(`files: ${files.length}, papers: ${papers}, runs: ${values.runs}`);
  console.log(`import into an empty library: median ${median(first).toFixed(0)} ms (first run ${first[0]!.toFixed(0)} ms)`);
  console.log(`re-import, nothing changes:   median ${median(again).toFixed(0)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
