// Part of `npm test`: every benchmark script runs once at 1,000 papers with short phases,
// so a script that no longer runs on a fresh clone fails the suite. The figures are not
// judged here (speed is the benchmarks' business, not the tests'); each run must exit 0
// and print the line that carries its result. The HTTP ones serve the build the browser
// tests just made (.next), so nothing is built twice.
//   npx tsx scripts/bench-smoke.ts [--only NAME]

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

type Smoke = { name: string; args: string[]; expect: RegExp };

const out = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-smoke-"));
const SMOKES: Smoke[] = [
  { name: "corpus", args: ["scripts/corpus.ts", "--papers", "1000", "--out", path.join(out, "corpus"), "--check"], expect: /no paper|drafts holding several papers/ },
  { name: "bench-import", args: ["scripts/bench-import.ts", "--runs", "1"], expect: /median/ },
  { name: "bench-scale-import", args: ["scripts/bench-scale-import.ts", "--papers", "1000", "--runs", "1"], expect: /import batch via importFiles/ },
  { name: "bench-search", args: ["scripts/bench-search.ts", "--papers", "1000", "--runs", "1", "--load", "direct"], expect: /p95/ },
  { name: "bench-related", args: ["scripts/bench-related.ts", "1000"], expect: /1,?000/ },
  { name: "bench-adversarial", args: ["scripts/bench-adversarial.ts", "10000", "100000"], expect: /\d/ },
  { name: "bench-write-lock", args: ["scripts/bench-write-lock.ts", "--papers", "1000"], expect: /\d/ },
  { name: "bench-http", args: ["scripts/bench-http.ts", "--papers", "1000", "--duration", "1", "--dist-dir", ".next", "--port", "3210"], expect: /GET \/api\/search/ },
  { name: "bench-lighthouse", args: ["scripts/bench-lighthouse.ts", "--papers", "1000", "--runs", "1", "--dist-dir", ".next", "--port", "3211"], expect: /desktop/ },
  { name: "load-test", args: ["scripts/load-test.ts", "--papers", "1000", "--import-papers", "200", "--connections", "8", "--duration", "2", "--dist-dir", ".next", "--port", "3212"], expect: /reads during/ },
];

function main(): number {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  const chosen = SMOKES.filter((s) => !values.only || s.name === values.only);
  const failed: string[] = [];
  for (const smoke of chosen) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ["--import", "tsx", ...smoke.args], { encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" }, maxBuffer: 1 << 26 });
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
    const ok = run.status === 0 && smoke.expect.test(output);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${ok ? "ok  " : "FAIL"} ${smoke.name.padEnd(20)} ${seconds.padStart(6)} s\n`);
    if (!ok) {
      failed.push(smoke.name);
      process.stdout.write(`${output.slice(-3000)}\n(exit ${run.status}; expected output matching ${smoke.expect})\n`);
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
  process.stdout.write(`bench smoke: ${chosen.length - failed.length} of ${chosen.length} scripts ran${failed.length ? `; failed: ${failed.join(", ")}` : ""}\n`);
  return failed.length ? 1 : 0;
}

process.exitCode = main();
