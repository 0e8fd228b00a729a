import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePapers } from "../corpus/generate";
import { buildSearchIndex } from "./build-search-index";
import { MemoryAbstracts } from "./document-table";
import type { SearchDocument } from "./documents";
import { loadSnapshot, saveSnapshot, snapshotRevision } from "./index-snapshot";
import { searchParamsSchema } from "./params";
import { search, searchAll } from "./search";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-snapshot-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const docs: SearchDocument[] = generatePapers({ papers: 300, seed: 11 }).map((p, i) => ({
  id: 1000 + i,
  key: i % 5 === 0 ? `custom-key-${i}` : i % 4 === 0 ? `slug-${i}` : p.arxivId,
  slug: `slug-${i}`,
  arxivId: i % 4 === 0 ? null : p.arxivId,
  title: i % 17 === 0 ? null : p.title,
  abstract: p.abstract,
  publishedAt: i % 13 === 0 ? null : p.publishedAt,
  authors: p.authors.map((name) => ({ name, slug: name.toLowerCase().replace(/\W+/g, "-") })),
  authorsTruncated: i % 7 === 0,
  categories: p.categories,
  topics: i % 3 === 0 ? [{ slug: "kernels", label: "kernels" }, { slug: "scaling-laws", label: "scaling laws" }] : [],
}));

const QUERIES = [
  { q: "" }, { q: "learning" }, { q: "learning " }, { q: '"language models"' }, { q: "transf" }, { q: "grokkng " },
  { q: "au:li ti:learning", sort: "oldest" }, { q: "cat:cs.LG year:2019..2024 model -data" }, { q: "", topic: ["kernels"], hasId: ["no"], page: 2, pageSize: 5 },
];

describe("the saved search index", () => {
  it("answers every search exactly as the index it was saved from, and knows its revision", async () => {
    const built = buildSearchIndex(docs, "7:7:7");
    await saveSnapshot(built, path.join(dir, "a"));
    expect(snapshotRevision(path.join(dir, "a"))).toBe("7:7:7");
    const loaded = loadSnapshot(path.join(dir, "a"), new MemoryAbstracts(docs.map((d) => d.abstract)))!;
    expect(loaded.revision).toBe("7:7:7");
    for (const raw of QUERIES) {
      const params = searchParamsSchema.parse(raw);
      expect(search(loaded, params)).toEqual(search(built, params));
      expect(searchAll(loaded, params)).toEqual(searchAll(built, params));
    }
  });

  it("replaces an older save whole, and is absent rather than half-read when missing", async () => {
    const target = path.join(dir, "b");
    expect(loadSnapshot(target, new MemoryAbstracts([]))).toBeNull();
    expect(snapshotRevision(target)).toBeNull();
    await saveSnapshot(buildSearchIndex(docs.slice(0, 10), "1"), target);
    await saveSnapshot(buildSearchIndex(docs, "2"), target);
    const loaded = loadSnapshot(target, new MemoryAbstracts(docs.map((d) => d.abstract)))!;
    expect([loaded.revision, loaded.size]).toEqual(["2", docs.length]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("b."))).toEqual([]);
  });
});

describe("a saved index read while it is saved again", () => {
  it("is refused rather than pieced together from two saves", async () => {
    const [one, two] = [path.join(dir, "one"), path.join(dir, "two")];
    await saveSnapshot(buildSearchIndex(docs, "1"), one);
    await saveSnapshot(buildSearchIndex(docs, "1"), two);
    fs.copyFileSync(path.join(two, "strings.json"), path.join(one, "strings.json"));
    expect(() => loadSnapshot(one, new MemoryAbstracts([]))).toThrow(/another save/);
  });
});
