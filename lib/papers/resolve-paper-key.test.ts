// Permalinks against a real SQLite library: the seeds, plus synthetic dumps for a paper
// that gains its arXiv ID in a later import.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { seedFiles } from "../../tests/fixtures/seeds";
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { getPaperByKey, resolvePaperKey } from "./queries";

let db: TestDatabase;
let sqlite: SqliteDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  sqlite = openSqlite(db.url);
  dir = await mkdtemp(path.join(tmpdir(), "abstracta-permalink-"));
});
afterEach(async () => {
  sqlite.close();
  await db.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const ABSTRACT =
  "We study how wide two-layer networks trained by online stochastic gradient descent pick up low-dimensional structure " +
  "in their targets. We show that the number of samples needed is governed by a single exponent of the target, prove " +
  "matching lower bounds for correlational algorithms, and confirm the predicted phase transitions in experiments on " +
  "synthetic sparse parities and on single-index models with Hermite link functions of growing degree.";

async function dump(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe("resolving permalink keys", () => {
  it("an arXiv ID finds the paper with ordered authors, categories, versions and their sources", async () => {
    await importFiles(sqlite, seedFiles());
    const paper = await getPaperByKey("2507.05644", db.prisma);
    expect(paper).toMatchObject({ arxivId: "2507.05644", authorsTruncated: true, categories: ["cs.LG"] });
    expect(paper!.title).toMatch(/^The Features at Convergence Theorem/);
    expect(paper!.authors.map((a) => a.name)).toEqual(["Enric Boix-Adsera", "Neil Mallinar", "James B. Simon"]);
    expect(paper!.versions).toHaveLength(2);
    expect(paper!.versions.flatMap((v) => v.sources.map((s) => s.format)).sort()).toEqual(["abstract-id-list", "alphaxiv-feed"]);
    const feed = paper!.sources.find((s) => s.format === "alphaxiv-feed")!;
    expect(feed.fields).toEqual(expect.arrayContaining(["title", "authors", "publishedAt"]));
    expect(path.basename(feed.file)).toMatch(/^004_/);
    expect(feed.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("the canonical ID is found, a versioned ID and the paper's slug redirect to it", async () => {
    await importFiles(sqlite, seedFiles());
    expect(await resolvePaperKey("2306.07042", db.prisma)).toMatchObject({ kind: "found", paper: { title: "Transformers learn through gradual rank increase" } });
    expect(await resolvePaperKey("2306.07042v2", db.prisma)).toEqual({ kind: "redirect", to: "/papers/2306.07042" });
    expect(await resolvePaperKey("transformers-learn-through-gradual-rank-increase", db.prisma)).toEqual({ kind: "redirect", to: "/papers/2306.07042" });
  });

  it("a paper without an ID is found by its slug, and unknown keys are missing", async () => {
    await importFiles(sqlite, seedFiles());
    expect(await resolvePaperKey("the-serial-scaling-hypothesis", db.prisma)).toMatchObject({ kind: "found", paper: { arxivId: null } });
    expect(await resolvePaperKey("2301.99999", db.prisma)).toEqual({ kind: "missing" });
    expect(await resolvePaperKey("no-such-paper", db.prisma)).toEqual({ kind: "missing" });
  });

  it("an old slug redirects after its paper gains an ID", async () => {
    await importFiles(sqlite, [await dump("abstracts.txt", `Abstract: ${ABSTRACT}\n`)]);
    const [stored] = await db.prisma.paper.findMany();
    expect(stored).toMatchObject({ arxivId: null });
    const oldSlug = stored!.slug;
    expect(await resolvePaperKey(oldSlug, db.prisma)).toMatchObject({ kind: "found" });

    await importFiles(sqlite, [await dump("listing.txt", `${ABSTRACT}\narXiv:2312.00001\n`)]);
    expect(await db.prisma.paper.count()).toBe(1);
    expect(await resolvePaperKey(oldSlug, db.prisma)).toEqual({ kind: "redirect", to: "/papers/2312.00001" });
    expect(await resolvePaperKey("2312.00001", db.prisma)).toMatchObject({ kind: "found", paper: { slug: oldSlug } });
  });
});

describe("permalinks after an undo", () => {
  it("an arXiv ID a paper lost when its import was undone redirects to the paper", async () => {
    const { undoBatch } = await import("../import/undo");
    const [, list, , , feed] = seedFiles();
    const ids = await importFiles(sqlite, [list!]);
    await importFiles(sqlite, [feed!]);
    undoBatch(sqlite, ids.batchId!);
    const paper = await db.prisma.paper.findFirstOrThrow({ where: { title: "Transformers learn through gradual rank increase" } });
    expect(paper.arxivId).toBeNull();
    expect(await resolvePaperKey("2306.07042", db.prisma)).toEqual({ kind: "redirect", to: `/papers/${paper.slug}` });
  });

  it("a paper removed by an undo answers gone, naming the batch", async () => {
    const { undoBatch } = await import("../import/undo");
    const [, list] = seedFiles();
    const batch = await importFiles(sqlite, [list!]);
    undoBatch(sqlite, batch.batchId!);
    expect(await resolvePaperKey("2306.07042", db.prisma)).toEqual({ kind: "gone", reason: `removed when import #${batch.batchId} was undone` });
  });
});
