// The URLs the HTTP benchmarks and the load test request, read off a library file: a
// fixed mix of searches (common and rare words, phrases, prefixes, a typo, field syntax,
// facet filters), and paper and author pages spread over the whole library.

import { openSqlite } from "../db/sqlite";

export type BenchTarget = { name: string; paths: string[] };

const FIXED_QUERIES = [
  "learning", "neural networks", '"gradient descent"', "transformer", "optimization", "kernel", "conver", "optimizaton",
  "cat:cs.LG year:2023", "abs:attention -graph", "year:2019..2021 generalization", "ti:bounds", "sample complexity", "diffusion",
];

export function benchTargets(libraryFile: string): BenchTarget[] {
  const db = openSqlite(`file:${libraryFile}`);
  try {
    const papers = db.prepare<[], string>('SELECT coalesce("arxivId", "slug") FROM "Paper" ORDER BY "id"').pluck().all();
    const authors = db.prepare<[], { slug: string; name: string }>(
      'SELECT a."slug", a."name" FROM "Author" a JOIN "PaperAuthor" pa ON pa."authorId" = a."id" GROUP BY a."id" ORDER BY count(*) DESC, a."id"',
    ).all();
    const titleWords = db.prepare<[], string>('SELECT "title" FROM "Paper" WHERE "title" IS NOT NULL ORDER BY "id"').pluck().all()
      .filter((_, i) => i % 997 === 0).map((t) => t.split(/\s+/).find((w) => /^[A-Za-z]{7,}$/.test(w)) ?? "theory");
    const spread = <T>(xs: T[], count: number) => Array.from({ length: Math.min(count, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / Math.min(count, xs.length))]!);
    const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
    const queries = [...FIXED_QUERIES, ...titleWords.slice(0, 20), ...spread(authors, 10).map((a) => `au:${surname(a.name)}`)];
    const q = (text: string) => encodeURIComponent(text);
    const withFacets = queries.flatMap((text, i) => [`q=${q(text)}`, i % 3 === 0 ? `q=${q(text)}&category=cs.LG` : `q=${q(text)}&sort=newest&page=2`]);
    return [
      { name: "GET /api/search", paths: withFacets.map((s) => `/api/search?${s}`) },
      { name: "search page /?q=", paths: withFacets.map((s) => `/?${s}`) },
      { name: "paper page /papers/<id>", paths: spread(papers, 500).map((key) => `/papers/${encodeURIComponent(key)}`) },
      { name: "author page /authors/<slug>", paths: spread(authors, 300).map((a) => `/authors/${a.slug}`) },
    ];
  } finally {
    db.close();
  }
}
