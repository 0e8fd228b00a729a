// Times computeRelated on the seeds and on synthetic libraries, and checks the candidate
// shortcut against exact search for a sample of papers (recall of the top five).
// Run: npx tsx scripts/bench-related.ts [sizes…]   (default: 10000 100000)

import { computeRelated, type RelatedInput, type RelatedLink } from "../lib/related/related-papers";
import { loadSeedPapers } from "../lib/related/seed-papers";
import { QueryVector } from "../lib/related/query-vector";
import { syntheticLibrary } from "../lib/related/synthetic-library";
import { buildTermVectors } from "../lib/related/term-vectors";

const MIN_SCORE = 0.075;

/** Wall time, and CPU time of this process (the fairer number on a busy machine). */
function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** Exact top five of `p` by scanning every paper (papers must be sorted by id). */
function exactTopFive(query: QueryVector, papers: number, p: number): { q: number; score: number }[] {
  const scored: { q: number; score: number }[] = [];
  query.load(p);
  for (let q = 0; q < papers; q++) {
    const score = q === p ? 0 : query.dot(q);
    if (score >= MIN_SCORE) scored.push({ q, score });
  }
  scored.sort((a, b) => b.score - a.score || a.q - b.q);
  return scored.slice(0, 5);
}

/**
 * For sampled papers, the share of the exact top five that is listed (recall), and the
 * listed scores' sum over the exact top five's (score mass: near 100% means what was
 * missed had a near-equal stand-in, as among a synthetic paper's many look-alikes).
 */
function quality(papers: RelatedInput[], links: RelatedLink[], samples: number): { recall: number; mass: number } {
  const query = new QueryVector(buildTermVectors(papers));
  const listed = new Map<number, RelatedLink[]>();
  for (const l of links) listed.set(l.paperId, [...(listed.get(l.paperId) ?? []), l]);
  let [found, wanted, got, best] = [0, 0, 0, 0];
  for (let k = 0; k < samples; k++) {
    const p = Math.floor((k * papers.length) / samples);
    const exact = exactTopFive(query, papers.length, p).map((e) => ({ id: papers[e.q]!.id, score: e.score }));
    const mine = listed.get(papers[p]!.id) ?? [];
    wanted += exact.length;
    found += exact.filter((e) => mine.some((l) => l.relatedId === e.id)).length;
    best += exact.reduce((sum, e) => sum + e.score, 0);
    got += mine.reduce((sum, l) => sum + l.score, 0);
  }
  return { recall: wanted ? found / wanted : 1, mass: best ? got / best : 1 };
}

function report(name: string, papers: RelatedInput[], samples: number): void {
  const { value: links, ms, cpuMs } = timed(() => computeRelated(papers));
  const withAny = new Set(links.map((l) => l.paperId)).size;
  const mb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const q = quality(papers, links, Math.min(samples, papers.length));
  const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${name}: ${papers.length} papers, ${(ms / 1000).toFixed(2)} s (cpu ${(cpuMs / 1000).toFixed(2)} s), ` +
    `${links.length} links, ${withAny} papers with some, rss ${mb} MB; against exact search on ` +
    `${Math.min(samples, papers.length)} papers: recall@5 ${percent(q.recall)}, score mass ${percent(q.mass)}`);
}

const seeds = loadSeedPapers();
computeRelated(seeds); // warm up the JIT, as a long-running server would be
report("seeds", seeds, seeds.length);
const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length ? sizes : [10_000, 100_000]) {
  report("synthetic", syntheticLibrary(seeds, size), size > 20_000 ? 50 : 100);
}
