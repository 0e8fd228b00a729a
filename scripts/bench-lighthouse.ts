// Benchmark: Lighthouse performance audits (Debian chromium, headless) of the search page
// and a paper page of the production build on a generated library, desktop and mobile.
//   npx tsx scripts/bench-lighthouse.ts [--papers 10000] [--port 3201] [--runs 3] [--dist-dir .next-bench]

import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { machineLine, median, parseSizes } from "../lib/corpus/bench-kit";
import { cachedLibrary } from "../lib/corpus/bench-library";
import { benchTargets } from "../lib/corpus/bench-targets";
import { BENCH_DIST_DIR, ensureBenchBuild, serveLibrary } from "../lib/corpus/serve-library";

const log = (line: string) => process.stderr.write(`${line}\n`);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Audit = { score: number; fcp: number; lcp: number; tbt: number; cls: number };

async function audit(url: string, port: number, form: "desktop" | "mobile"): Promise<Audit> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] }, form === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const a = result.lhr.audits;
  const value = (id: string) => a[id]?.numericValue ?? NaN;
  return {
    score: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
    fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"), tbt: value("total-blocking-time"), cls: value("cumulative-layout-shift"),
  };
}

async function main() {
  const { values } = parseArgs({ options: { papers: { type: "string", default: "10000" }, port: { type: "string", default: "3201" }, runs: { type: "string", default: "3" }, "dist-dir": { type: "string", default: BENCH_DIST_DIR } } });
  console.log(machineLine());
  ensureBenchBuild(log, { distDir: values["dist-dir"] });
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
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
            for (let i = 0; i < Number(values.runs); i++) runs.push(await audit(served.baseUrl + path, chrome.port, form));
            const m = (k: keyof Audit) => median(runs.map((r) => r[k]));
            console.log(`  ${label.padEnd(40)} ${form.padEnd(8)} ${String(m("score")).padStart(4)}   ${m("fcp").toFixed(0)} / ${m("lcp").toFixed(0)} / ${m("tbt").toFixed(0)}   ${m("cls").toFixed(3)}`);
          }
        }
      } finally {
        await served.stop();
      }
    }
  } finally {
    chrome.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
