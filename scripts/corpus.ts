// CLI: npm run corpus -- --papers N --out DIR [--seed S] [--twice 0.1] [--max-per-file 5000] [--check]
// Writes a deterministic synthetic library as dump files in the seed layouts (same N and
// seed, same bytes), plus corpus.json. --check reads them back with the importer's
// parsers and a dry merge, and says how the result compares with what was generated.

import path from "node:path";
import { parseArgs } from "node:util";
import { mergeCorpus, parseCorpus } from "../lib/corpus/check";
import { buildCorpus, MAX_PAPERS_PER_FILE, writeCorpus } from "../lib/corpus/dumps";
import { DEFAULT_SEED } from "../lib/corpus/generate";

const USAGE = "usage: npm run corpus -- --papers N --out DIR [--seed S] [--twice 0.1] [--max-per-file 5000] [--check]";
const log = (line: string) => process.stderr.write(`${line}\n`);

function positiveInt(name: string, value: string | undefined, fallback?: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (n === undefined || !Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      papers: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, twice: { type: "string" },
      "max-per-file": { type: "string" }, check: { type: "boolean" }, help: { type: "boolean" },
    },
  });
  if (values.help || !values.papers || !values.out) {
    log(USAGE);
    return values.help ? 0 : 2;
  }
  const papers = positiveInt("papers", values.papers);
  const seed = positiveInt("seed", values.seed, DEFAULT_SEED);
  const maxPerFile = positiveInt("max-per-file", values["max-per-file"], MAX_PAPERS_PER_FILE);
  const twiceShare = values.twice === undefined ? 0.1 : Number(values.twice);
  if (!(twiceShare >= 0 && twiceShare <= 1)) throw new Error("--twice is a share between 0 and 1");

  let started = performance.now();
  const corpus = buildCorpus({ papers, seed, twiceShare, maxPerFile });
  const files = writeCorpus(values.out, corpus);
  const records = corpus.dumps.reduce((n, d) => n + d.entries.length, 0);
  log(`${papers} papers (seed ${seed}), ${records} records in ${files.length} files in ${path.resolve(values.out)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const d of corpus.dumps) log(`  ${d.file}: ${d.entries.length} records`);
  if (!values.check) return 0;

  started = performance.now();
  const parsed = parseCorpus(corpus);
  log(`check: parsed in ${((performance.now() - started) / 1000).toFixed(1)} s; ${parsed.wrongLayout.length} files in another layout, ` +
    `${parsed.warnings.length} warnings, ${parsed.mismatches.length} fields read differently from what was written`);
  for (const line of [...parsed.wrongLayout, ...parsed.warnings, ...parsed.mismatches].slice(0, 20)) log(`  ${line}`);
  started = performance.now();
  const m = mergeCorpus(corpus, parsed.dumps);
  log(`check: dry merge in ${((performance.now() - started) / 1000).toFixed(1)} s: ${m.records} records → ${m.drafts} papers (generated ${m.papers}); ` +
    `${m.splitPapers} papers split, ${m.mixedDrafts} drafts holding several papers (${m.papersMergedAway} papers merged away), ` +
    `${m.twoVersionMerged}/${m.twoVersionPapers} two-version papers merged with both versions, ${m.possibleDuplicates} possible duplicates`);
  for (const [reason, n] of Object.entries(m.mixedBecause)) log(`  wrong merges by "${reason}": ${n}`);
  const clean = parsed.wrongLayout.length + parsed.warnings.length + parsed.mismatches.length === 0;
  return clean ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
