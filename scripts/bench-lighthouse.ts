// Benchmark: Lighthouse performance audits (Debian chromium, headless) of the search page
// and a paper page of the production build on a generated library, desktop and mobile.
//   npx tsx scripts/bench-lighthouse.ts [--papers 10000] [--port 3201] [--runs 3] [--dist-dir .next-bench]

import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { machineLine, median, parseSizes } from "../lib/corpus/bench-kit";
import { cachedLibrary } from "../lib/corpus/bench-library";
import { benchTargets } from "../lib/corpus/bench-targets";
import { BENCH_DIST_DIR, ensureBenchBuild, serveLibrary } from "../lib/corpus/serve-library";

const log = (line: string) => process.stderr.write(`${line}\n`);
// Lighthouse runs as its own CLI, untouched by tsx: it sends functions to the page as
// source text, and tsx's name-keeping helpers (`__name`) would not exist there.
const LIGHTHOUSE_CLI = "node_modules/lighthouse/cli/index.js";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Audit = { score: number; fcp: number; lcp: number; tbt: number; cls: number };

type Report = { categories: { performance?: { score: number | null } }; audits: Record<string, { numericValue?: number }> };

/** Lighthouse's own transient trace failures ("Please run Lighthouse again") get two more tries. */
function audit(url: string, form: "desktop" | "mobile", attempts = 3): Audit {
  try {
    return auditOnce(url, form);
  } catch (error) {
    if (attempts <= 1 || !/run Lighthouse again/.test(String(error))) throw error;
    log(`lighthouse asked to be run again on ${url}; retrying`);
    return audit(url, form, attempts - 1);
  }
}

function auditOnce(url: string, form: "desktop" | "mobile"): Audit {
  const args = [LIGHTHOUSE_CLI, url, "--only-categories=performance", "--output=json", "--quiet", `--chrome-flags=${CHROME_FLAGS.join(" ")}`];
  if (form === "desktop") args.push("--preset=desktop");
  const run = spawnSync(process.execPath, args, {
    encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  });
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout) as Report;
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((report.categories.performance?.score ?? 0) * 100),
    fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"), tbt: value("total-blocking-time"), cls: value("cumulative-layout-shift"),
  };
}

async function main() {
  const { values } = parseArgs({ options: { papers: { type: "string", default: "10000" }, port: { type: "string", default: "3201" }, runs: { type: "string", default: "3" }, "dist-dir": { type: "string", default: BENCH_DIST_DIR } } });
  console.log(machineLine());
  ensureBenchBuild(log, { distDir: values["dist-dir"] });
  for (const n of parseSizes(values.papers)) {
    const file = await cachedLibrary(n, log);
    const served = await serveLibrary(file, Number(values.port), values["dist-dir"]);
    try {
      const paperPath = benchTargets(file).find((t) => t.name.startsWith("paper"))!.paths[7]!;
      const pages = [["search page /?q=learning", "/?q=learning"], [`paper page ${paperPath}`, paperPath]] as const;
      console.log(`\n${n.toLocaleString("en-US")} papers, Lighthouse ${values.runs} runs each (median): performance score, FCP / LCP / TBT ms, CLS`);
      for (const [label, path] of pages) {
        for (const form of ["desktop", "mobile"] as const) {
          const runs: Audit[] = [];
          for (let i = 0; i < Number(values.runs); i++) runs.push(audit(served.baseUrl + path, form));
          const m = (k: keyof Audit) => median(runs.map((r) => r[k]));
          console.log(`  ${label.padEnd(40)} ${form.padEnd(8)} ${String(m("score")).padStart(4)}   ${m("fcp").toFixed(0)} / ${m("lcp").toFixed(0)} / ${m("tbt").toFixed(0)}   ${m("cls").toFixed(3)}`);
        }
      }
    } finally {
      await served.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
