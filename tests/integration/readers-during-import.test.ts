// Reading the library while another process imports into it: WAL readers see the last
// commit, so every read shows the library before the batch or after it, never part of it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as pause } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, writeCorpus } from "../../lib/corpus/dumps";
import { openSqlite, type SqliteDatabase } from "../../lib/db/sqlite";
import { importFiles } from "../../lib/import/import-files";
import { createIndexSource } from "../../lib/search/library-index";
import { seedFiles } from "../fixtures/seeds";
import { INSIDE_IMPORT_TRANSACTION, startImportCli, type CliChild } from "../helpers/cli-child";
import { libraryCounts, type LibraryCounts } from "../helpers/library-state";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let dir: string;
let corpus: string[];
let db: TestDatabase;
let reader: SqliteDatabase;
const children: CliChild[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-readers-"));
  corpus = writeCorpus(path.join(dir, "corpus"), buildCorpus({ papers: 2_000 }));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
  reader?.close();
  await db?.cleanup();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Observation = { counts: LibraryCounts; indexed: number; importerInside: boolean };

describe("reading during an import", () => {
  it("every read while another process imports sees the library before or after the batch, and so does the search index", { timeout: 120_000 }, async () => {
    db = await createTestDatabase();
    reader = openSqlite(db.url);
    await importFiles(reader, seedFiles());
    const before = libraryCounts(reader);
    const index = createIndexSource(() => reader);

    const importer = startImportCli(db.url, corpus);
    children.push(importer);
    let importerInside = false;
    let done = false;
    void importer.waitForLine(INSIDE_IMPORT_TRANSACTION).then(() => (importerInside = true), () => {});
    void importer.exited.then(() => (done = true));
    const observed: Observation[] = [];
    while (!done) {
      observed.push({ counts: libraryCounts(reader), indexed: index().size, importerInside });
      await pause(2); // lets the child's output and exit through; not a timing assumption
    }
    expect(await importer.exited, importer.stderr()).toEqual({ code: 0, signal: null });
    const after = libraryCounts(reader);
    expect(after.batches).toBe(before.batches + 1);
    expect(after.papers).toBeGreaterThan(before.papers);

    for (const { counts, indexed } of observed) {
      expect([before, after]).toContainEqual(counts);
      expect([before.papers, after.papers]).toContain(indexed);
    }
    // Reads went on while the importer held its transaction open: they were not blocked.
    expect(observed.filter((o) => o.importerInside && o.counts.papers === before.papers).length).toBeGreaterThan(0);
    expect(index().size).toBe(after.papers);
  });
});
