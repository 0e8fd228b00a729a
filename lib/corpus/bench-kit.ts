// What the scale benchmarks share: the machine line, percentiles, a cache of generated
// corpora under the OS temp folder (keyed by the generator's own source and the seeds,
// so a changed generator never reuses stale files), and fresh migrated libraries.

import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../db/migrate";
import { buildCorpus, manifest, MANIFEST, writeCorpus, type Corpus } from "./dumps";
import { DEFAULT_SEED } from "./generate";
import { SEEDS_DIR } from "./seed-text";

export function machineLine(): string {
  const cpus = os.cpus();
  return `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
    `node ${process.version}, ${os.platform()} ${os.arch()}; ${new Date().toISOString()}`;
}

/** Nearest-rank percentile (p in 0..100) of unsorted numbers. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (xs: number[]) => percentile(xs, 50);

/** Parses "10000,100000" or "10k,100k". */
export function parseSizes(text: string): number[] {
  return text.split(",").map((s) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(s);
    if (!m) throw new Error(`not a size: "${s}"`);
    return Math.round(Number(m[1]) * (m[2] ? (/k/i.test(m[2]) ? 1e3 : 1e6) : 1));
  });
}

const GENERATOR_FILES = new Set(["abstracts.ts", "authors.ts", "coined.ts", "dumps.ts", "generate.ts", "markov.ts", "random.ts", "seed-text.ts", "titles.ts", "writers.ts"]);

function generatorHash(): string {
  const hash = createHash("sha256");
  const own = path.join(__dirname);
  for (const dir of [own, SEEDS_DIR]) {
    for (const f of fs.readdirSync(dir).sort()) {
      // The generator's own files and the seeds: the benchmark helpers beside them don't change a corpus.
      if (dir === own ? !GENERATOR_FILES.has(f) : !f.endsWith(".txt")) continue;
      hash.update(f).update(fs.readFileSync(path.join(dir, f)));
    }
  }
  return hash.digest("hex").slice(0, 12);
}

export const CACHE_ROOT = path.join(os.tmpdir(), "abstracta-corpus");

/** The cache folder of the corpus of `papers` papers (known without generating it). */
export const corpusCacheDir = (papers: number, seed = DEFAULT_SEED) => path.join(CACHE_ROOT, `${generatorHash()}-n${papers}-s${seed}`);

/**
 * The corpus of `papers` papers in memory, and its files in the cache (written only when
 * missing or different). Generating is deterministic, so the files are the CLI's files.
 */
export function cachedCorpus(papers: number, seed = DEFAULT_SEED): { corpus: Corpus; dir: string; files: string[]; reused: boolean; generateMs: number } {
  const started = performance.now();
  const corpus = buildCorpus({ papers, seed });
  const generateMs = performance.now() - started;
  const dir = corpusCacheDir(papers, seed);
  const wanted = manifest(corpus);
  const manifestFile = path.join(dir, MANIFEST);
  const reused = fs.existsSync(manifestFile) && fs.readFileSync(manifestFile, "utf8") === wanted &&
    corpus.dumps.every((d) => fs.existsSync(path.join(dir, d.file)) && fs.statSync(path.join(dir, d.file)).size === Buffer.byteLength(d.text));
  const files = reused ? corpus.dumps.map((d) => path.join(dir, d.file)) : writeCorpus(dir, corpus);
  return { corpus, dir, files, reused, generateMs };
}

/** A migrated empty library file to copy from (migrating each time costs ~0.5 s). */
export async function migratedTemplate(dir: string): Promise<string> {
  const file = path.join(dir, "template.db");
  if (!fs.existsSync(file)) await applyMigrations(file);
  return file;
}

/** A fresh library at `file`: a copy of the template, old WAL companions removed. */
export function freshLibrary(template: string, file: string): string {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(template, file);
  return file;
}

export function removeLibrary(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
