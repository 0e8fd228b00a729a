// A fixed mix of ~200 searches for benchmarking, drawn (with a seeded PRNG) from the
// library being searched so that every kind of query finds what it should: common,
// middling and rare words, phrases, prefixes as typed, author names, typos, field
// syntax, facet filters and browsing.

import type { SearchIndex } from "../search/search-index";
import { Random } from "./random";

export type BenchQuery = { kind: string; params: Record<string, string | string[]> };

const COMMON = ["learning", "model", "models", "language", "neural", "networks", "training", "data", "reasoning", "theory",
  "complexity", "attention", "optimization", "large", "generalization"];
const PHRASES = ["language models", "gradient descent", "in-context learning", "neural tangent kernel", "sample complexity",
  "chain of thought", "large language models", "mixture of experts", "phase transition", "test-time scaling"];
const PREFIXES = ["transf", "reinf", "optim", "gener", "conv", "regul", "compl", "lang", "kern", "distil"];
const FIELD_QUERIES = [
  "cat:cs.LG year:2021..2023", "cat:math.OC optimization", "ti:attention", "abs:grokking", "year:2024 language models",
  'ti:"language models"', "learning -language", "reasoning -model", "cat:stat.ML kernel", "year:2019..2020 reasoning",
  "cat:cs.CL year:2025", 'abs:"gradient descent" cat:math.OC', "au:li ti:learning", "year:2016 neural", "-transformer theory",
];
const TYPOS = ["grokkng", "transformr", "reinforcment", "attentoin", "optimizaton"];

/** Document d's abstract as the index holds it (normalised words). */
function abstractWords(index: SearchIndex, d: number): string[] {
  const { start, ids } = index.sequences.abstract;
  return Array.from(ids.subarray(start[d]!, start[d + 1]!), (id) => index.vocabulary.words[id]!);
}

/** Document frequency of every abstract word (from the index's own normalised text). */
function abstractDf(index: SearchIndex): Map<string, number> {
  const df = new Map<string, number>();
  for (let d = 0; d < index.size; d++) for (const w of new Set(abstractWords(index, d))) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** A misspelling: one letter dropped or two swapped, not itself a word of the library. */
function typo(random: Random, word: string, index: SearchIndex): string | null {
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = random.int(1, word.length - 2);
    const t = random.chance(0.5) ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (!index.vocabulary.has(t)) return t;
  }
  return null;
}

export function benchQueries(index: SearchIndex, seed = 1): BenchQuery[] {
  const random = new Random(seed);
  const n = index.size;
  const words = [...abstractDf(index)].filter(([w]) => /^[a-z]{5,}$/.test(w)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const mid = words.filter(([, df]) => df >= n * 0.005 && df <= n * 0.05).map(([w]) => w);
  const rare = words.filter(([, df]) => df <= 5).map(([w]) => w);
  const authorCounts = new Map<string, number>();
  for (let d = 0; d < n; d++) for (const a of index.documents.authors(d)) authorCounts.set(a.name, (authorCounts.get(a.name) ?? 0) + 1);
  const byCount = [...authorCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const someAuthor = (i: number) => (i % 2 === 0 ? byCount[random.int(0, Math.min(50, byCount.length - 1))]! : random.pick(byCount));
  const lastName = (name: string) => name.split(" ").at(-1)!;
  const topics = index.facets.topic.values;

  const out: BenchQuery[] = [];
  const add = (kind: string, q: string, extra: Record<string, string | string[]> = {}) => out.push({ kind, params: { q, ...extra } });
  for (const w of COMMON) add("common word", w);
  for (let i = 0; i < 20 && mid.length; i++) add("middling word", random.pick(mid));
  for (let i = 0; i < 20 && rare.length; i++) add("rare word", random.pick(rare));
  for (const p of PHRASES) add("phrase", `"${p}"`);
  for (let i = 0; i < 15; i++) {
    const text = abstractWords(index, random.int(0, n - 1));
    const len = random.int(2, 3);
    const at = random.int(0, Math.max(0, text.length - len));
    add("phrase", `"${text.slice(at, at + len).join(" ")}"`);
  }
  for (const p of PREFIXES) add("prefix", p);
  for (let i = 0; i < 10 && mid.length; i++) add("prefix", random.pick(mid).slice(0, random.int(4, 5)));
  for (let i = 0; i < 8; i++) add("author", someAuthor(i));
  for (let i = 0; i < 8; i++) add("author", `au:${lastName(someAuthor(i)).toLowerCase()}`);
  for (let i = 0; i < 5; i++) add("author", `au:"${someAuthor(i)}"`);
  for (let i = 0; i < 4; i++) add("author", lastName(someAuthor(i)));
  for (const t of TYPOS) add("typo", t);
  for (let i = 0; i < 10 && mid.length; i++) {
    const t = typo(random, random.pick(mid), index);
    if (t) add("typo", t);
  }
  for (const q of FIELD_QUERIES) add("field syntax", q);
  for (let i = 0; i < 10; i++) add("field syntax", `cat:${random.pick(["cs.LG", "cs.CL", "stat.ML", "math.OC", "cs.AI"])} year:${random.int(2015, 2026)} ${random.pick(COMMON)}`);
  const facetQs = ["", "learning", "reasoning", "attention"];
  for (let i = 0; i < 25; i++) {
    const q = random.pick(facetQs);
    const filters: Record<string, string | string[]>[] = [
      { year: String(random.int(2016, 2026)) }, { category: random.pick(["cs.LG", "cs.CL", "math.OC"]) }, { author: someAuthor(i) },
      { hasId: random.pick(["yes", "no"]) }, { year: ["2021", "2022"], category: "cs.CL" }, { sort: random.pick(["newest", "oldest"]) },
      ...(topics.length ? [{ topic: random.pick(topics) }] : []),
    ];
    add("facet filter", q, random.pick(filters));
  }
  add("browse", "");
  add("browse", "", { sort: "newest" });
  add("browse", "", { sort: "oldest", page: "3" });
  add("browse", "", { pageSize: "100" });
  add("browse", "", { page: "50" });
  return out;
}
