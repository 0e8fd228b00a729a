// The synthetic library as dump files: every paper's entries grouped by layout, ordered
// as such pages are (feeds newest first, listings by ID, searches in no order), cut into
// files of at most 5,000 papers, named so that the layouts interleave when sorted.

import fs from "node:fs";
import path from "node:path";
import { CORPUS_LAYOUTS, DEFAULT_SEED, generatePapers, type CorpusLayout, type CorpusOptions, type CorpusPaper } from "./generate";
import { WRITERS, type DumpEntry } from "./writers";

export const MAX_PAPERS_PER_FILE = 5_000;
export const MANIFEST = "corpus.json";
const DUMP_NAME = /^\d{3,}_[a-z-]+\.txt$/;

/** One written file, and which paper each of its entries is (`line`: where its record starts). */
export type CorpusDump = {
  file: string;
  layout: CorpusLayout;
  text: string;
  entries: { paper: number; line: number; edited: boolean }[];
};

export type Corpus = { seed: number; twiceShare: number; papers: CorpusPaper[]; dumps: CorpusDump[] };

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function ordered(layout: CorpusLayout, entries: DumpEntry[], seed: number): DumpEntry[] {
  const byIndex = (a: DumpEntry, b: DumpEntry) => a.paper.index - b.paper.index;
  switch (layout) {
    case "alphaxiv-feed":
    case "abstract-id-list":
      return entries.sort((a, b) => -byIndex(a, b));
    case "arxiv-list":
      return entries.sort(byIndex);
    default: {
      const key = (e: DumpEntry) => mix(e.paper.index ^ seed);
      return entries.sort((a, b) => key(a) - key(b) || byIndex(a, b));
    }
  }
}

function chunks<T>(items: T[], max: number): T[][] {
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / Math.max(1, count));
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function buildCorpus(options: CorpusOptions & { maxPerFile?: number }): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const twiceShare = options.twiceShare ?? 0.1;
  const papers = generatePapers({ ...options, seed, twiceShare });
  const byLayout = new Map<CorpusLayout, DumpEntry[]>(CORPUS_LAYOUTS.map((l) => [l, []]));
  for (const paper of papers) {
    paper.layouts.forEach((layout, i) => byLayout.get(layout)!.push({ paper, abstract: i === 0 ? paper.abstract : paper.edited! }));
  }
  const pending = CORPUS_LAYOUTS.map((layout) => ({
    layout,
    parts: chunks(ordered(layout, byLayout.get(layout)!, seed), options.maxPerFile ?? MAX_PAPERS_PER_FILE),
  }));
  const dumps: CorpusDump[] = [];
  for (let round = 0; pending.some((p) => p.parts.length > round); round++) {
    for (const { layout, parts } of pending) {
      const part = parts[round];
      if (!part) continue;
      const written = WRITERS[layout](part);
      dumps.push({
        file: `${String(dumps.length).padStart(3, "0")}_${layout}.txt`,
        layout,
        text: written.text,
        entries: part.map((e, i) => ({ paper: e.paper.index, line: written.starts[i]!, edited: e.abstract !== e.paper.abstract })),
      });
    }
  }
  return { seed, twiceShare, papers, dumps };
}

/** The manifest: what was generated, with no clock in it, so equal runs write equal bytes. */
export function manifest(corpus: Corpus): string {
  const papersIn = (layout: CorpusLayout) => corpus.dumps.filter((d) => d.layout === layout).reduce((n, d) => n + d.entries.length, 0);
  return `${JSON.stringify(
    {
      generator: "npm run corpus (lib/corpus)",
      seed: corpus.seed,
      papers: corpus.papers.length,
      twiceShare: corpus.twiceShare,
      papersInTwoLayouts: corpus.papers.filter((p) => p.edited !== null).length,
      records: corpus.dumps.reduce((n, d) => n + d.entries.length, 0),
      recordsPerLayout: Object.fromEntries(CORPUS_LAYOUTS.map((l) => [l, papersIn(l)])),
      files: corpus.dumps.map((d) => ({ file: d.file, layout: d.layout, records: d.entries.length, bytes: Buffer.byteLength(d.text) })),
    },
    null,
    2,
  )}\n`;
}

/** Writes the dumps and the manifest into `dir`, replacing an earlier corpus there. */
export function writeCorpus(dir: string, corpus: Corpus): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(dir)) if (DUMP_NAME.test(name) || name === MANIFEST) fs.rmSync(path.join(dir, name));
  const files = corpus.dumps.map((d) => {
    const file = path.join(dir, d.file);
    fs.writeFileSync(file, d.text);
    return file;
  });
  fs.writeFileSync(path.join(dir, MANIFEST), manifest(corpus));
  return files;
}
