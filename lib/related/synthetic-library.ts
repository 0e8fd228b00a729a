// Synthetic libraries for measuring related papers at scale: each paper takes a seed
// paper's title and mostly its sentences, plus sentences from anywhere, drawn with a
// fixed-seed PRNG so every run measures the same library.

import type { RelatedInput } from "./related-papers";

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentencesOf = (text: string | null) => (text ?? "").split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);

/** `count` papers with ids 1..count; 70% of each abstract's sentences come from one seed paper. */
export function syntheticLibrary(seeds: RelatedInput[], count: number, seed = 42): RelatedInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const sources = seeds.map((s) => ({ title: s.title, sentences: sentencesOf(s.abstract) })).filter((s) => s.sentences.length > 0);
  const everySentence = sources.flatMap((s) => s.sentences);
  const papers: RelatedInput[] = [];
  for (let id = 1; id <= count; id++) {
    const source = pick(sources);
    const length = 6 + Math.floor(random() * 5);
    const sentences = Array.from({ length }, () => (random() < 0.7 ? pick(source.sentences) : pick(everySentence)));
    papers.push({ id, title: source.title, abstract: sentences.join(" ") });
  }
  return papers;
}
