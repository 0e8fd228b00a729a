// Benchmark: search over a generated library of 10,000 / 100,000 papers. Builds the
// library (imports the corpus into a temp SQLite file, or --load direct: a copy of the
// generated rows with topics derived, cached between runs), builds the in-memory index,
// then times a fixed mix of ~200 searches (first page + facet counts) against the floor:
// FlexSearch alone answering the same words (lib/corpus/search-floor.ts). Last, two
// fresh processes start the way the server does, from the saved index and by a rebuild,
// and report start to first answered search and resident memory after a warm-up; a third
// rebuilds in slices while answering searches, as the server does when the library changed.
//   node --expose-gc --import tsx scripts/bench-search.ts [--papers 10000,100000] [--runs 5]
//        [--load import|direct] [--seed S] [--worst 12] [--floor flexsearch|none] [--cpu-prof FILE]
// (--expose-gc lets it report memory after garbage collection; plain `npx tsx` works too.)

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { cachedCorpus, freshLibrary, machineLine, mb, median, migratedTemplate, parseSizes, percentile, removeLibrary } from "../lib/corpus/bench-kit";
import { DEFAULT_SEED } from "../lib/corpus/generate";
import { copyOfDirectLibrary } from "../lib/corpus/library-cache";
import { FlexSearchFloor } from "../lib/corpus/search-floor";
import { benchQueries, type BenchQuery } from "../lib/corpus/search-queries";
import { openSqlite } from "../lib/db/sqlite";
import { importFiles } from "../lib/import/import-files";
import { buildSearchIndex } from "../lib/search/build-search-index";
import { libraryRevision, loadSearchDocuments } from "../lib/search/documents";
import { saveSnapshot, snapshotDirOf } from "../lib/search/index-snapshot";
import { searchParamsSchema, type SearchParams } from "../lib/search/params";
import { search } from "../lib/search/search";
import type { SearchIndex } from "../lib/search/search-index";
import { SqliteAbstracts } from "../lib/search/sqlite-abstracts";

const log = (line: string) => process.stderr.write(`${line}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const us = (ns: bigint) => Number(ns) / 1000;
const fmt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "-");

type Timed = { query: BenchQuery; params: SearchParams; search: number[]; floor: number[]; allIds: number[]; total: number };

function timeQueries(index: SearchIndex, floor: FlexSearchFloor | null, queries: BenchQuery[], runs: number): Timed[] {
  const timed: Timed[] = queries.map((query) => ({ query, params: searchParamsSchema.parse(query.params), search: [], floor: [], allIds: [], total: 0 }));
  for (let run = -1; run < runs; run++) { // run -1 warms up the JIT
    for (const t of timed) {
      let started = process.hrtime.bigint();
      t.total = search(index, t.params).total;
      const searchUs = us(process.hrtime.bigint() - started);
      if (run < 0) continue;
      t.search.push(searchUs);
      if (!floor || !t.params.q.trim()) continue;
      started = process.hrtime.bigint();
      floor.query(t.params.q, 20);
      t.floor.push(us(process.hrtime.bigint() - started));
      started = process.hrtime.bigint();
      floor.query(t.params.q, index.size);
      t.allIds.push(us(process.hrtime.bigint() - started));
    }
  }
  return timed;
}

const p = (xs: number[], q: number) => percentile(xs, q);
const row = (label: string, xs: number[]) =>
  `  ${label.padEnd(38)} ${fmt(p(xs, 50)).padStart(9)} ${fmt(p(xs, 95)).padStart(9)} ${fmt(p(xs, 99)).padStart(9)} ${fmt(Math.max(...xs)).padStart(10)}`;

async function libraryFile(n: number, options: Options, work: string): Promise<string> {
  const target = path.join(work, "library.db");
  if (options.load === "direct") {
    const cached = await copyOfDirectLibrary(n, options.seed, target, work);
    log(`library of ${n} generated papers ${cached.built ? "built by direct insertion and cached" : "copied from the cache"} in ${(cached.ms / 1000).toFixed(1)} s`);
    return target;
  }
  const { files } = cachedCorpus(n, options.seed);
  freshLibrary(await migratedTemplate(work), target);
  const db = openSqlite(`file:${target}`);
  const started = performance.now();
  await importFiles(db, files);
  db.close();
  log(`library of ${n} generated papers imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return target;
}

/** A fresh process running one of the scripts next to this one; its last output line, as JSON. */
function child(script: string, args: string[]): Record<string, number | string> {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(__dirname, script), ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number | string>;
}

type Options = { runs: number; seed: number; load: string; worst: number; floor: boolean; cpuProf?: string };

async function benchSize(n: number, options: Options, work: string) {
  const file = await libraryFile(n, options, work);
  const db = openSqlite(`file:${file}`);
  let started = performance.now();
  let docs: ReturnType<typeof loadSearchDocuments> | null = loadSearchDocuments(db);
  const loadMs = performance.now() - started;
  const before = heapUsed();
  started = performance.now();
  const index = buildSearchIndex(docs, libraryRevision(db), new SqliteAbstracts(() => db));
  const buildMs = performance.now() - started;
  const indexHeap = heapUsed() - before;
  started = performance.now();
  const floor = options.floor ? FlexSearchFloor.build(docs) : null;
  const floorMs = performance.now() - started;
  docs = null;
  const queries = benchQueries(index);

  const session = options.cpuProf ? new Session() : null;
  if (session) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  }
  const timed = timeQueries(index, floor, queries, options.runs);
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    fs.writeFileSync(options.cpuProf!, JSON.stringify(profile));
    log(`CPU profile of the query runs written to ${options.cpuProf}`);
  }
  started = performance.now();
  await saveSnapshot(index, snapshotDirOf(file));
  const saveMs = performance.now() - started;
  const savedBytes = fs.readdirSync(snapshotDirOf(file)).reduce((sum, f) => sum + fs.statSync(path.join(snapshotDirOf(file), f)).size, 0);
  db.close();
  const starts = ["snapshot", "rebuild"].map((from) => child("bench-search-start.ts", ["--db", file, "--from", from]));
  const background = child("bench-search-rebuild.ts", ["--db", file]);
  fs.rmSync(snapshotDirOf(file), { recursive: true, force: true });
  removeLibrary(file);

  const all = timed.flatMap((t) => t.search);
  const floor20 = timed.flatMap((t) => t.floor);
  const floorAll = timed.flatMap((t) => t.allIds);
  console.log(`\n${n.toLocaleString("en-US")} papers (library built by ${options.load}): ${index.size} documents`);
  console.log(`  load documents ${fmt(loadMs)} ms, build index ${fmt(buildMs)} ms (heap of the index ${mb(indexHeap)}${gc ? "" : ", run with node --expose-gc for memory after GC"})` +
    `${floor ? `, build FlexSearch floor ${fmt(floorMs)} ms` : ""}; save index ${fmt(saveMs)} ms, ${mb(savedBytes)} on disk`);
  console.log(`  ${queries.length} queries × ${options.runs} runs, microseconds:`);
  console.log(`  ${"".padEnd(38)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} ${"max".padStart(10)}`);
  console.log(row("search() with facets, all queries", all));
  if (floor) {
    console.log(row("floor: FlexSearch query, top 20", floor20));
    console.log(row("floor: FlexSearch query, every id", floorAll));
    console.log(`  p95 ratio search / floor: ${(p(all, 95) / p(floor20, 95)).toFixed(2)} (top 20), ${(p(all, 95) / p(floorAll, 95)).toFixed(2)} (every id)`);
  }
  for (const kind of [...new Set(queries.map((q) => q.kind))]) {
    console.log(row(`  ${kind} (${timed.filter((t) => t.query.kind === kind).length})`, timed.filter((t) => t.query.kind === kind).flatMap((t) => t.search)));
  }
  const worst = [...timed].sort((a, b) => median(b.search) - median(a.search)).slice(0, options.worst);
  console.log(`  worst ${worst.length} by median (µs; floor = FlexSearch top 20 / every id):`);
  for (const t of worst) {
    const extra = Object.entries(t.query.params).filter(([k]) => k !== "q").map(([k, v]) => `${k}=${String(v)}`).join(" ");
    console.log(`  ${fmt(median(t.search)).padStart(9)}  floor ${fmt(median(t.floor))} / ${fmt(median(t.allIds))}  ${String(t.total).padStart(6)} hits  ${t.query.kind}: ${JSON.stringify(t.query.params.q)}${extra ? ` ${extra}` : ""}`);
  }
  console.log("  a fresh process, as the server starts (ms since process start; memory after the query mix once):");
  for (const s of starts) {
    console.log(`    from ${String(s.from).padEnd(8)}: first search answered at ${fmt(Number(s.startToFirstSearchMs))} ms (modules ${fmt(Number(s.modulesMs))}, index ${fmt(Number(s.indexMs))}, first search ${fmt(Number(s.firstSearchMs))}); ` +
      `rss ${s.rssMb} MB, heap ${s.heapMb} MB, array buffers ${s.arrayBuffersMb} MB`);
  }
  console.log(`  rebuilt in the background in ${fmt(Number(background.rebuildMs))} ms while the saved index answered ${background.searches} searches (one due every 10 ms): ` +
    `answered ${background.answeredP50Ms} ms after due at the median, ${background.answeredP99Ms} ms at p99, ${background.answeredMaxMs} ms at worst`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      papers: { type: "string", default: "10000,100000" }, runs: { type: "string", default: "5" }, load: { type: "string", default: "import" },
      seed: { type: "string" }, worst: { type: "string", default: "12" }, floor: { type: "string", default: "flexsearch" }, "cpu-prof": { type: "string" },
    },
  });
  if (values.load !== "import" && values.load !== "direct") throw new Error("--load is import or direct");
  if (values.floor !== "flexsearch" && values.floor !== "none") throw new Error("--floor is flexsearch or none");
  const options: Options = {
    runs: Number(values.runs), seed: values.seed ? Number(values.seed) : DEFAULT_SEED, load: values.load, worst: Number(values.worst),
    floor: values.floor === "flexsearch", cpuProf: values["cpu-prof"],
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-bench-search-"));
  console.log(machineLine());
  try {
    for (const n of parseSizes(values.papers)) await benchSize(n, options, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
