import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqlite, type SqliteDatabase } from "../../lib/db/sqlite";
import { importFiles } from "../../lib/import/import-files";
import { createTestDatabase, useTestLibrary, type TestDatabase } from "../helpers/test-db";
import { seedFiles } from "../fixtures/seeds";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));

/** Every row of the library tables, for before/after comparisons. */
async function snapshot(prisma: TestDatabase["prisma"]) {
  return {
    papers: await prisma.paper.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true, createdAt: true } }),
    authors: await prisma.author.findMany({ orderBy: { id: "asc" } }),
    links: await prisma.paperAuthor.findMany({ orderBy: [{ paperId: "asc" }, { position: "asc" }] }),
    versions: await prisma.abstractVersion.count(),
    sources: await prisma.paperSource.count(),
    batches: await prisma.importBatch.count(),
    keys: await prisma.matchKey.count(),
  };
}

describe("importing the seeds into SQLite", () => {
  it("stores the 148 papers of the five seeds with authors, IDs, versions and provenance", async () => {
    const summary = await importFiles(sqlite, seedFiles());
    expect(summary).toMatchObject({ papersNew: 148, papersMerged: 0, papersUnchanged: 0, records: 168 });
    const { prisma } = db;
    expect(await prisma.paper.count()).toBe(148);
    expect(await prisma.paper.count({ where: { arxivId: { not: null } } })).toBe(10);
    expect(await prisma.paper.count({ where: { title: null } })).toBe(10);
    const boix = await prisma.author.findUniqueOrThrow({ where: { slug: "enric-boix-adsera" }, include: { papers: true } });
    expect(boix.papers).toHaveLength(17);
    const fact = await prisma.paper.findUniqueOrThrow({ where: { arxivId: "2507.05644" }, include: { versions: true, sources: true } });
    expect(fact.versions).toHaveLength(2);
    expect(fact.sources.map((s) => s.format).sort()).toEqual(["abstract-id-list", "alphaxiv-feed"]);
    expect(JSON.parse(fact.sources.find((s) => s.format === "alphaxiv-feed")!.fields)).toEqual(
      expect.arrayContaining(["title", "authors", "publishedAt", "categories", "abstract"]),
    );
  });

  it("each source's provenance lists only the fields that source gave", async () => {
    await importFiles(sqlite, seedFiles());
    const ntk = await db.prisma.paper.findUniqueOrThrow({ where: { arxivId: "2305.13141" }, include: { sources: true } });
    const fields = Object.fromEntries(ntk.sources.map((s) => [s.format, JSON.parse(s.fields)]));
    expect(fields).toEqual({
      "abstract-lines": ["abstract"],
      "abstract-id-list": ["arxivId", "abstract"],
      "alphaxiv-feed": ["title", "authors", "publishedAt", "categories", "abstract"],
    });
  });

  it("every import recomputes topics and related papers from the whole library", async () => {
    const [first, ...rest] = seedFiles();
    await importFiles(sqlite, [first!]);
    const topicsBefore = await db.prisma.topic.count();
    await importFiles(sqlite, rest);
    expect(await db.prisma.topic.count()).toBeGreaterThan(topicsBefore);
    const moe = await db.prisma.topic.findFirstOrThrow({ where: { label: { contains: "mixture of experts" } }, include: { papers: true } });
    expect(moe.papers.length).toBeGreaterThanOrEqual(3);
    const hardness = await db.prisma.paper.findFirstOrThrow({
      where: { title: "Hardness results for Multimarginal Optimal Transport problems" },
      include: { related: { orderBy: { rank: "asc" }, include: { related: true } } },
    });
    expect(hardness.related[0]!.related.title).toBe("Polynomial-time algorithms for Multimarginal Optimal Transport problems with structure");
    expect(JSON.parse(hardness.related[0]!.sharedTerms)).toEqual(expect.arrayContaining([expect.stringMatching(/multimarginal|transport/)]));
  });

  it("re-importing the same dumps changes nothing and says so", async () => {
    await importFiles(sqlite, seedFiles());
    const before = await snapshot(db.prisma);
    const again = await importFiles(sqlite, seedFiles());
    expect(again).toMatchObject({ batchId: null, papersNew: 0, papersMerged: 0, papersUnchanged: 148 });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("importing the seeds one by one builds the same library as one batch", async () => {
    for (const file of seedFiles()) await importFiles(sqlite, [file]);
    const papers = await db.prisma.paper.findMany({ include: { versions: true } });
    expect(papers).toHaveLength(148);
    expect(papers.find((p) => p.arxivId === "2310.09753")!.versions).toHaveLength(2);
    expect(papers.find((p) => p.arxivId === "2311.07064")!.title).toBe("Prompts have evil twins");
  });

  it("a later dump fills in what an earlier one lacked: title, authors and date join the ID-only paper", async () => {
    const [, list, , , feed] = seedFiles();
    await importFiles(sqlite, [list!]);
    const untitled = await db.prisma.paper.findUniqueOrThrow({ where: { arxivId: "2306.07042" } });
    expect(untitled.title).toBeNull();
    expect(untitled).toMatchObject({ publishedAt: "2023-06", datePrecision: "id-month" });
    const summary = await importFiles(sqlite, [feed!]);
    expect(summary.papersMerged).toBe(10);
    const merged = await db.prisma.paper.findUniqueOrThrow({ where: { arxivId: "2306.07042" }, include: { authors: true } });
    expect(merged).toMatchObject({ title: "Transformers learn through gradual rank increase", slug: untitled.slug, publishedAt: "2023-06-12" });
    expect(merged.authors).toHaveLength(3);
  });

  it("a batch with one bad file writes nothing", async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-")), "bad.txt");
    fs.writeFileSync(bad, "just some notes\nnot a listing\n");
    await expect(importFiles(sqlite, [...seedFiles(), bad])).rejects.toThrow(/bad\.txt:1: text in no known layout/);
    expect(await db.prisma.paper.count()).toBe(0);
    expect(await db.prisma.importBatch.count()).toBe(0);
  });

  it("a dry run reports what would change and writes nothing", async () => {
    const summary = await importFiles(sqlite, seedFiles(), { dryRun: true });
    expect(summary.papersNew).toBe(148);
    expect(await db.prisma.paper.count()).toBe(0);
    expect(await db.prisma.author.count()).toBe(0);
  });

  it("records the batch with its files, content hash and counts", async () => {
    const summary = await importFiles(sqlite, seedFiles());
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: summary.batchId! } });
    expect(batch).toMatchObject({ papersNew: 148, contentHash: summary.contentHash });
    expect(JSON.parse(batch.sourceNames)).toHaveLength(5);
  });
});

describe("the same dump under another name", () => {
  let db2: TestDatabase;
  let sqlite2: SqliteDatabase;
  beforeEach(async () => {
    db2 = await createTestDatabase();
    sqlite2 = openSqlite(db2.url);
  });
  afterEach(async () => {
    sqlite2.close();
    await db2.cleanup();
  });

  it("is recognised: a renamed file, or the same text pasted with a header line, changes nothing", async () => {
    const feed = seedFiles()[4]!;
    await importFiles(sqlite2, [feed]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-rename-"));
    const renamed = path.join(dir, "pasted text");
    fs.writeFileSync(renamed, `\n\n${fs.readFileSync(feed, "utf8")}`);
    const again = await importFiles(sqlite2, [renamed]);
    expect(again).toMatchObject({ batchId: null, papersNew: 0, papersMerged: 0, papersUnchanged: 19 });
  });
});
