// The fast paths of search (typed-array counters, counting the complement, heap and
// date-walk paging) against a plain computation over the documents, on a generated library.
import { describe, expect, it } from "vitest";
import { generatePapers } from "../corpus/generate";
import { buildSearchIndex } from "./build-search-index";
import type { SearchDocument } from "./documents";
import { searchParamsSchema } from "./params";
import { search, searchAll } from "./search";
import { FACET_NAMES, type FacetName } from "./search-state";
import { tokenize } from "./tokenize";

// Sixty topics, a few common and many rare, so that facets show a top and leave a tail out.
const TOPICS = Array.from({ length: 60 }, (_, t) => `topic-${String.fromCharCode(97 + (t % 26))}-${t}`);
const topicsOf = (i: number) => [...new Set([0, 1, 2].map((t) => TOPICS[((i * (t + 5)) % (7 + 25 * t)) % 60]!))];
const docs: SearchDocument[] = generatePapers({ papers: 700, seed: 7 }).map((p, i) => ({
  id: i + 1,
  key: i % 9 === 0 ? `paper-${i}` : p.arxivId,
  slug: `paper-${i}`,
  arxivId: i % 9 === 0 ? null : p.arxivId,
  title: p.title,
  abstract: p.abstract,
  publishedAt: i % 50 === 0 ? null : p.publishedAt,
  authors: p.authors.map((name) => ({ name, slug: name.toLowerCase().replace(/\W+/g, "-") })),
  authorsTruncated: false,
  categories: p.categories,
  topics: topicsOf(i).map((slug) => ({ slug, label: slug.replace(/-/g, " ") })),
}));
// Two documents where a phrase's pair first occurs without the rest of the phrase: the check
// must go on from there (whichever pair of "of the model" is the rarer).
for (const abstract of ["the model of the model", "of the data model and of the model"]) {
  const i = docs.length;
  docs.push({ ...docs[i - 1]!, id: i + 1, key: `paper-${i}`, slug: `paper-${i}`, arxivId: null, abstract });
}
const index = buildSearchIndex(docs, "brute");

const words = docs.map((d) => ({ title: tokenize(d.title ?? ""), authors: d.authors.flatMap((a) => tokenize(a.name)), abstract: tokenize(d.abstract ?? "") }));
const fieldsWith = (d: number, w: string) => ({
  title: words[d]!.title.some((t) => t.startsWith(w)),
  authors: words[d]!.authors.some((t) => t.startsWith(w)),
  abstract: words[d]!.abstract.includes(w),
});
const matchesWord = (d: number, w: string) => Object.values(fieldsWith(d, w)).some(Boolean);
const valuesOf = (doc: SearchDocument, facet: FacetName): string[] =>
  ({
    year: doc.publishedAt ? [doc.publishedAt.slice(0, 4)] : [],
    author: doc.authors.map((a) => a.name),
    category: doc.categories,
    topic: doc.topics.map((t) => t.slug),
    hasId: [doc.arxivId ? "yes" : "no"],
  })[facet];
const newestFirst = (a: number, b: number) => {
  const [x, y] = [docs[a]!.publishedAt, docs[b]!.publishedAt];
  if (x !== y) return !x ? 1 : !y ? -1 : x < y ? 1 : -1;
  return b - a;
};

type Case = { q: string; include: string[]; exclude: string[]; cat?: string; years?: [number, number]; filters?: Partial<Record<FacetName, string[]>>; sort?: string };

/** The documents a case matches before facet filters, by brute force. */
function bruteMatches(c: Case): number[] {
  return docs.map((_, d) => d).filter((d) => {
    const doc = docs[d]!;
    if (!c.include.every((w) => matchesWord(d, w)) || c.exclude.some((w) => matchesWord(d, w))) return false;
    if (c.cat && !doc.categories.some((x) => x.toLowerCase() === c.cat || x.toLowerCase().startsWith(`${c.cat}.`) || x.toLowerCase().endsWith(`.${c.cat}`))) return false;
    const year = doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : NaN;
    return !c.years || (year >= c.years[0] && year <= c.years[1]);
  });
}

const passes = (d: number, c: Case, except: FacetName | null) =>
  FACET_NAMES.every((f) => f === except || !c.filters?.[f]?.length || valuesOf(docs[d]!, f).some((v) => c.filters![f]!.includes(v)));

/** A word in about `target` abstracts (which word depends only on the generated text). */
function wordInAbout(target: number): string {
  const df = new Map<string, number>();
  for (const w of words) for (const t of new Set(w.abstract)) df.set(t, (df.get(t) ?? 0) + 1);
  return [...df].filter(([t]) => /^[a-z]{4,}$/.test(t)).sort((a, b) => Math.abs(a[1] - target) - Math.abs(b[1] - target) || (a[0] < b[0] ? -1 : 1))[0]![0];
}
const middling = wordInAbout(110);
const rare = wordInAbout(6);
const half = wordInAbout(docs.length / 2);

const CASES: Case[] = [
  { q: `${middling} `, include: [middling], exclude: [] },
  { q: `${middling} the of `, include: [middling, "the", "of"], exclude: [] },
  { q: `${rare} the of `, include: [rare, "the", "of"], exclude: [] },
  { q: `${rare} ${half} `, include: [rare, half], exclude: [] },
  { q: "", include: [], exclude: [] },
  { q: "learning ", include: ["learning"], exclude: [] },
  { q: "the ", include: ["the"], exclude: [] },
  { q: "kernel ", include: ["kernel"], exclude: [], filters: { year: ["2021", "2023"], hasId: ["no"] } },
  { q: "", include: [], exclude: [], filters: { category: ["cs.LG", "stat.ML"], topic: [TOPICS[3]!] }, sort: "oldest" },
  { q: "learning ", include: ["learning"], exclude: [], filters: { topic: [TOPICS[59]!, "no-such-topic"] } },
  { q: "the ", include: ["the"], exclude: [], filters: { hasId: ["yes"] }, sort: "newest" },
  { q: "-learning ", include: [], exclude: ["learning"], filters: { year: ["2024"] } },
  { q: "model -language ", include: ["model"], exclude: ["language"], sort: "newest" },
  { q: "cat:cs.LG year:2019..2023 training ", include: ["training"], exclude: [], cat: "cs.lg", years: [2019, 2023], filters: { hasId: ["yes"] } },
  { q: "the of ", include: ["the", "of"], exclude: [], filters: { author: [docs[3]!.authors[0]!.name, docs[40]!.authors[0]!.name] }, sort: "oldest" },
];

describe("search against brute force on a generated library of 700 papers", () => {
  it.each(CASES)("$q $filters: totals and every facet count are exact", (c) => {
    const matched = bruteMatches(c);
    const response = search(index, searchParamsSchema.parse({ q: c.q, ...c.filters, pageSize: 100 }));
    expect(response.total).toBe(matched.filter((d) => passes(d, c, null)).length);
    for (const facet of FACET_NAMES) {
      const counts = new Map<string, number>();
      for (const d of matched) if (passes(d, c, facet)) for (const v of new Set(valuesOf(docs[d]!, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
      const selected = c.filters?.[facet] ?? [];
      const collator = new Intl.Collator();
      const all = [...new Set([...counts.keys(), ...selected])].map((value) => ({ value, count: counts.get(value) ?? 0 }));
      all.sort(facet === "year" ? (a, b) => collator.compare(b.value, a.value) : (a, b) => b.count - a.count || collator.compare(a.value, b.value));
      const top = { year: 100, author: 25, category: 25, topic: 25, hasId: 2 }[facet];
      const expected = [...all.slice(0, top), ...all.slice(top).filter((v) => selected.includes(v.value))];
      expect(response.facets[facet].map(({ value, count }) => ({ value, count }))).toEqual(expected);
    }
  });

  it.each(CASES)("$q $filters: pages list the kept documents in order, none lost or repeated", (c) => {
    const kept = bruteMatches(c).filter((d) => passes(d, c, null));
    const relevance = c.include.length > 0 && !c.sort;
    const inRow = (ws: string[]) => ws.some((_, i) => c.include.every((w, k) => ws[i + k] === w));
    const bonus = (d: number) => (c.include.length < 2 ? 0 : inRow(words[d]!.title) ? 1000 : inRow(words[d]!.abstract) ? 200 : 0);
    const weight = (d: number) => bonus(d) + c.include.reduce((s, w) => s + index.vocabulary.idf(w) * ((f) => 20 * +f.title + 10 * +f.authors + +f.abstract)(fieldsWith(d, w)), 0);
    const expected = [...kept].sort(relevance ? (a, b) => weight(b) - weight(a) || newestFirst(a, b) : c.sort === "oldest" ? (a, b) => newestFirst(b, a) : newestFirst);
    const pageSize = 7;
    for (const page of [1, 2, 5, Math.max(1, Math.ceil(kept.length / pageSize))]) {
      const { results } = search(index, searchParamsSchema.parse({ q: c.q, ...c.filters, sort: c.sort ?? "relevance", page, pageSize }));
      const want = expected.slice((page - 1) * pageSize, page * pageSize).map((d) => docs[d]!.key);
      expect(results.map((r) => r.id)).toEqual(want);
    }
  });
});

describe("phrases against brute force on the same library", () => {
  const inRow = (ws: string[], phrase: string[]) => ws.some((_, i) => phrase.every((w, k) => ws[i + k] === w));
  // Phrases cut from the documents themselves: common pairs, three and four words, a title's words.
  const phrases = [
    words[5]!.abstract.slice(10, 12), words[8]!.abstract.slice(3, 6), words[13]!.abstract.slice(20, 24), words[21]!.abstract.slice(0, 3),
    words[34]!.title.slice(0, 2), words[55]!.title.slice(1, 4), ["the", "of"], ["of", "the", "model"],
  ].filter((p) => p.length > 1);

  it.each(phrases.map((p) => [p.join(" ")]))('"%s" matches exactly the documents holding it in a row, in any field or the one asked', (text) => {
    const phrase = text.split(" ");
    for (const [prefix, fields] of [["", ["title", "authors", "abstract"]], ["ti:", ["title"]], ["abs:", ["abstract"]]] as const) {
      const expected = docs.filter((_, d) => fields.some((f) => inRow(words[d]![f], phrase))).map((doc) => doc.key).sort();
      const found = searchAll(index, searchParamsSchema.parse({ q: `${prefix}"${text}"` })).map((doc) => doc.key).sort();
      expect([prefix, found]).toEqual([prefix, expected]);
    }
    // In relevance order: field weights times the phrase's idf, the whole-phrase bonus, then newest.
    const idf = phrase.reduce((sum, w) => sum + index.vocabulary.idf(w), 0);
    const score = (d: number) => {
      const [t, a, b] = (["title", "authors", "abstract"] as const).map((f) => inRow(words[d]![f], phrase));
      return idf * (20 * +t! + 10 * +a! + +b!) + (t ? 1000 : b ? 200 : 0);
    };
    const ranked = docs.map((_, d) => d).filter((d) => score(d) > 0).sort((a, b) => score(b) - score(a) || newestFirst(a, b));
    expect(searchAll(index, searchParamsSchema.parse({ q: `"${text}"` })).map((doc) => doc.key)).toEqual(ranked.map((d) => docs[d]!.key));
  });
});
