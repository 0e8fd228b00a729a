// Benchmark: the production build over HTTP on a generated library of 10,000 / 100,000
// papers. Per size: time from `next start` to the first answered search, resident memory
// after warm-up, then autocannon on 127.0.0.1 (16 connections) against GET /api/search,
// the search page, paper pages and author pages, each rotating over many URLs; also the
// search page's first-load JavaScript (gzip). Lighthouse has its own script.
//   npx tsx scripts/bench-http.ts [--papers 10000,100000] [--duration 10] [--connections 16] [--port 3200] [--rebuild] [--dist-dir .next-bench]

import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { machineLine, mb, parseSizes } from "../lib/corpus/bench-kit";
import { cachedLibrary } from "../lib/corpus/bench-library";
import { benchTargets, type BenchTarget } from "../lib/corpus/bench-targets";
import { BENCH_DIST_DIR, ensureBenchBuild, residentBytes, serveLibrary } from "../lib/corpus/serve-library";

const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

type Measured = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

async function hammer(baseUrl: string, target: BenchTarget, connections: number, duration: number): Promise<Measured> {
  let i = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.paths[i++ % target.paths.length]! }) }],
  });
  return {
    name: target.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    errors: result.errors + result.timeouts, non2xx: result.non2xx, requests: result.requests.total,
  };
}

/**
 * Bytes of the scripts the search page loads before it is interactive, gzipped. `nomodule`
 * scripts (Next's polyfills) are left out: browsers that run modules never fetch them.
 */
async function firstLoadJs(baseUrl: string): Promise<{ files: number; gzip: number }> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!))];
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    gzip += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { files: sources.length, gzip };
}

async function benchSize(n: number, options: { duration: number; connections: number; port: number; distDir: string }) {
  const file = await cachedLibrary(n, log);
  const served = await serveLibrary(file, options.port, options.distDir);
  try {
    const targets = benchTargets(file);
    for (const t of targets) for (const path of t.paths.slice(0, 20)) await (await fetch(served.baseUrl + path)).arrayBuffer();
    const rss = residentBytes(served.server.pid!);
    const js = await firstLoadJs(served.baseUrl);
    console.log(`\n${n.toLocaleString("en-US")} papers: first search answered ${ms(served.firstSearchMs)} after \`next start\`; resident memory after warm-up ${mb(rss)}`);
    console.log(`  search page first-load JS: ${js.files} scripts, ${(js.gzip / 1024).toFixed(1)} kB gzip`);
    console.log(`  autocannon, ${options.connections} connections, ${options.duration} s each:`);
    console.log(`  ${"target".padEnd(26)} ${"req/s".padStart(8)} ${"p50".padStart(9)} ${"p99".padStart(9)} ${"requests".padStart(9)} errors non-2xx`);
    for (const target of targets) {
      const m = await hammer(served.baseUrl, target, options.connections, options.duration);
      console.log(`  ${m.name.padEnd(26)} ${m.rps.toFixed(0).padStart(8)} ${ms(m.p50).padStart(9)} ${ms(m.p99).padStart(9)} ${String(m.requests).padStart(9)} ${String(m.errors).padStart(6)} ${String(m.non2xx).padStart(7)}`);
    }
    console.log(`  resident memory after the runs: ${mb(residentBytes(served.server.pid!))}`);
  } finally {
    await served.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      papers: { type: "string", default: "10000,100000" }, duration: { type: "string", default: "10" },
      connections: { type: "string", default: "16" }, port: { type: "string", default: "3200" }, rebuild: { type: "boolean" },
      "dist-dir": { type: "string", default: BENCH_DIST_DIR },
    },
  });
  console.log(machineLine());
  ensureBenchBuild(log, { rebuild: values.rebuild, distDir: values["dist-dir"] });
  for (const n of parseSizes(values.papers)) {
    await benchSize(n, { duration: Number(values.duration), connections: Number(values.connections), port: Number(values.port), distDir: values["dist-dir"] });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
