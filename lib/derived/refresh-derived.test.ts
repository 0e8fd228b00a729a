import { describe, expect, it } from "vitest";
import type { SqliteDatabase } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { libraryRevision } from "../search/documents";
import { seedFiles } from "../../tests/fixtures/seeds";
import { useTestLibrary, type TestDatabase } from "../../tests/helpers/test-db";
import { derivedIsStale, refreshDerivedIfStale } from "./refresh-derived";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));

const topicRows = () => sqlite.prepare('SELECT t."slug", pt."paperId" FROM "PaperTopic" pt JOIN "Topic" t ON t."id" = pt."topicId" ORDER BY 1, 2').all();
const relatedRows = () => sqlite.prepare('SELECT "paperId", "rank", "relatedId" FROM "RelatedPaper" ORDER BY 1, 2').all();

describe("derived data after an import", () => {
  it("an import leaves topics and related papers computed over the library, and no batch waiting for them", async () => {
    await importFiles(sqlite, seedFiles());
    expect(derivedIsStale(sqlite)).toBe(false);
    expect(topicRows().length).toBeGreaterThan(0);
    expect(relatedRows().length).toBeGreaterThan(0);
  });

  it("a process that died between a batch and its topics is caught up by the next refresh, to the same rows", async () => {
    await importFiles(sqlite, seedFiles());
    const [topics, related] = [topicRows(), relatedRows()];
    // What a kill right after the batch's commit leaves: the batch, without derived data.
    sqlite.exec('DELETE FROM "PaperTopic"; DELETE FROM "Topic"; DELETE FROM "RelatedPaper"; UPDATE "ImportBatch" SET "derivedAt" = NULL');
    const revisionBefore = libraryRevision(sqlite);
    expect(derivedIsStale(sqlite)).toBe(true);

    expect(refreshDerivedIfStale(sqlite)).not.toBeNull();
    expect(topicRows()).toEqual(topics);
    expect(relatedRows()).toEqual(related);
    // The search index rebuilds: topics are a facet.
    expect(libraryRevision(sqlite)).not.toBe(revisionBefore);
    expect(refreshDerivedIfStale(sqlite)).toBeNull();
  });
});
