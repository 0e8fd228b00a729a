// Load test: mixed traffic (searches, paper pages, author pages) against the production
// build on 127.0.0.1 with autocannon, first alone, then while an import of a generated
// batch runs into the same library from the CLI. Prints requests per second, p50 / p99
// latency, errors and non-2xx answers per phase. The library is a copy of the generated
// one (the import writes to it), served by a production build started here.
//   npx tsx scripts/load-test.ts [--papers 100000] [--import-papers 10000] [--connections 64] [--duration 30] [--port 3202] [--dist-dir .next-bench]

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { cachedCorpus, machineLine, mb } from "../lib/corpus/bench-kit";
import { cachedLibrary } from "../lib/corpus/bench-library";
import { benchTargets } from "../lib/corpus/bench-targets";
import { BENCH_DIST_DIR, ensureBenchBuild, residentBytes, serveLibrary } from "../lib/corpus/serve-library";

const log = (line: string) => process.stderr.write(`${line}\n`);
// The batch imported under load: another seed, so most of its papers are new to the library.
const IMPORT_SEED = 777;

/** Every target's URLs interleaved: one request in four is each kind, in a fixed order. */
function mixedPaths(file: string): string[] {
  const targets = benchTargets(file);
  const longest = Math.max(...targets.map((t) => t.paths.length));
  return Array.from({ length: longest }, (_, i) => targets.map((t) => t.paths[i % t.paths.length]!)).flat();
}

async function phase(name: string, baseUrl: string, paths: string[], connections: number, duration: number) {
  let i = 0;
  const r = await autocannon({
    url: baseUrl, connections, duration,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[i++ % paths.length]! }) }],
  });
  const serverErrors = r["5xx"];
  console.log(`  ${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50.toFixed(1).padStart(7)} ms   p99 ${r.latency.p99.toFixed(1).padStart(7)} ms   ` +
    `${r.requests.total} requests, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx (${serverErrors} 5xx)`);
  return r;
}

/** Starts the import CLI on the batch; resolves with its exit code and duration. */
function startImport(libraryFile: string, files: string[]): { done: Promise<{ code: number | null; ms: number; tail: string }> } {
  const started = performance.now();
  const child = spawn("npx", ["tsx", "scripts/import.ts", ...files], { env: { ...process.env, DATABASE_URL: `file:${libraryFile}` }, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  child.stdout.on("data", (c) => (tail = (tail + c).slice(-2000)));
  child.stderr.on("data", (c) => (tail = (tail + c).slice(-2000)));
  return { done: new Promise((resolve) => child.on("exit", (code) => resolve({ code, ms: performance.now() - started, tail }))) };
}

async function main() {
  const { values } = parseArgs({
    options: {
      papers: { type: "string", default: "100000" }, "import-papers": { type: "string", default: "10000" },
      connections: { type: "string", default: "64" }, duration: { type: "string", default: "30" }, port: { type: "string", default: "3202" },
      "dist-dir": { type: "string", default: BENCH_DIST_DIR },
    },
  });
  const [papers, importPapers, connections, duration] = [values.papers, values["import-papers"], values.connections, values.duration].map(Number) as [number, number, number, number];
  console.log(machineLine());
  ensureBenchBuild(log, { distDir: values["dist-dir"] });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-load-"));
  const library = path.join(work, "library.db");
  fs.copyFileSync(await cachedLibrary(papers, log), library);
  const batch = cachedCorpus(importPapers, IMPORT_SEED);
  const served = await serveLibrary(library, Number(values.port), values["dist-dir"]);
  try {
    const paths = mixedPaths(library);
    for (const p of paths.slice(0, 40)) await (await fetch(served.baseUrl + p)).arrayBuffer();
    console.log(`\n${papers.toLocaleString("en-US")}-paper library; mixed searches, paper and author pages; ${connections} connections, ${duration} s per phase`);
    console.log(`  server answered its first search ${(served.firstSearchMs / 1000).toFixed(1)} s after start; resident memory ${mb(residentBytes(served.server.pid!))}`);
    await phase("reads alone", served.baseUrl, paths, connections, duration);
    const importing = startImport(library, batch.files);
    await phase(`reads during a ${importPapers.toLocaleString("en-US")}-paper import`, served.baseUrl, paths, connections, duration);
    const imported = await importing.done;
    console.log(`  import: exit ${imported.code} after ${(imported.ms / 1000).toFixed(1)} s${imported.code === 0 ? "" : `\n${imported.tail}`}`);
    console.log(`  resident memory after: ${mb(residentBytes(served.server.pid!))}`);
  } finally {
    await served.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
