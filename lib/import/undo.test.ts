import { describe, expect, it } from "vitest";
import type { SqliteDatabase } from "../db/sqlite";
import { seedFiles } from "../../tests/fixtures/seeds";
import { useTestLibrary, type TestDatabase } from "../../tests/helpers/test-db";
import { importFiles } from "./import-files";
import { undoBatch, UndoError } from "./undo";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));

/** The library's content, without row timestamps. */
function library(s: SqliteDatabase) {
  const all = (sql: string) => s.prepare(sql).all();
  return {
    papers: all('SELECT id, slug, arxivId, arxivVersion, title, abstract, publishedAt, datePrecision, comments, organization, authorsTruncated FROM Paper ORDER BY id'),
    authors: all("SELECT id, name, key, slug FROM Author ORDER BY id"),
    links: all("SELECT * FROM PaperAuthor ORDER BY paperId, position"),
    categories: all("SELECT * FROM PaperCategory ORDER BY paperId, category"),
    versions: all("SELECT id, paperId, textHash, batchId FROM AbstractVersion ORDER BY id"),
    sources: all("SELECT id, paperId, batchId, file, lineStart, fields FROM PaperSource ORDER BY id"),
    keys: all("SELECT * FROM MatchKey ORDER BY paperId, key"),
    topics: all("SELECT t.slug, pt.paperId FROM PaperTopic pt JOIN Topic t ON t.id = pt.topicId ORDER BY t.slug, pt.paperId"),
    related: all("SELECT paperId, rank, relatedId FROM RelatedPaper ORDER BY paperId, rank"),
  };
}

describe("undoing an import", () => {
  it("restores the library exactly as it was before the batch", async () => {
    const [a, b, c, d, e] = seedFiles();
    await importFiles(sqlite, [a!, b!, c!]);
    const before = library(sqlite);
    const batch = await importFiles(sqlite, [d!, e!]);
    expect(batch.papersMerged).toBeGreaterThan(0);
    const undo = undoBatch(sqlite, batch.batchId!);
    expect(undo).toMatchObject({ undoneBatchId: batch.batchId, papersRemoved: 18, papersRestored: 11 });
    expect(library(sqlite)).toEqual(before);
  });

  it("keeps a later batch's papers, derived from what is left, and redirects an arXiv ID they lost", async () => {
    const [, list, , , feed] = seedFiles();
    const first = await importFiles(sqlite, [list!]);
    await importFiles(sqlite, [feed!]);
    undoBatch(sqlite, first.batchId!);
    const paper = sqlite.prepare("SELECT id, arxivId, title FROM Paper WHERE title = ?").get("Transformers learn through gradual rank increase") as { id: number; arxivId: string | null };
    expect(paper.arxivId).toBeNull();
    expect(sqlite.prepare("SELECT paperId FROM PaperAlias WHERE key = ?").get("2306.07042")).toEqual({ paperId: paper.id });
    expect(sqlite.prepare("SELECT count(*) AS n FROM Paper").get()).toEqual({ n: 19 });
  });

  it("answers the removed papers' keys as gone, naming the undone batch", async () => {
    const [, list] = seedFiles();
    const batch = await importFiles(sqlite, [list!]);
    undoBatch(sqlite, batch.batchId!);
    expect(sqlite.prepare("SELECT count(*) AS n FROM Paper").get()).toEqual({ n: 0 });
    expect(sqlite.prepare("SELECT paperId, reason FROM PaperAlias WHERE key = ?").get("2306.07042")).toEqual({
      paperId: null,
      reason: `removed when import #${batch.batchId} was undone`,
    });
  });

  it("is recorded as a batch, and refuses to undo twice or to undo an undo", async () => {
    const [, list] = seedFiles();
    const batch = await importFiles(sqlite, [list!]);
    const undo = undoBatch(sqlite, batch.batchId!);
    expect(sqlite.prepare("SELECT kind, undoesBatchId, papersRemoved FROM ImportBatch WHERE id = ?").get(undo.undoBatchId)).toEqual({ kind: "undo", undoesBatchId: batch.batchId, papersRemoved: 10 });
    expect(() => undoBatch(sqlite, batch.batchId!)).toThrow(UndoError);
    expect(() => undoBatch(sqlite, undo.undoBatchId)).toThrow(/itself an undo/);
    expect(() => undoBatch(sqlite, 999)).toThrow(/no import #999/);
  });

  it("lets the same dump be imported again after an undo, under the same permalinks", async () => {
    const [, list] = seedFiles();
    const batch = await importFiles(sqlite, [list!]);
    const slugs = sqlite.prepare("SELECT slug FROM Paper ORDER BY slug").pluck().all();
    undoBatch(sqlite, batch.batchId!);
    const again = await importFiles(sqlite, [list!]);
    expect(again.papersNew).toBe(10);
    expect(sqlite.prepare("SELECT slug FROM Paper ORDER BY slug").pluck().all()).toEqual(slugs);
    expect(sqlite.prepare("SELECT count(*) AS n FROM PaperAlias").get()).toEqual({ n: 0 });
  });
});
