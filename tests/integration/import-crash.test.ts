// The import CLI killed (SIGKILL, no clean-up of any kind) in the middle of its transaction.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, writeCorpus } from "../../lib/corpus/dumps";
import { openSqlite } from "../../lib/db/sqlite";
import { importFiles } from "../../lib/import/import-files";
import { seedFiles } from "../fixtures/seeds";
import { INSIDE_IMPORT_TRANSACTION, startImportCli, type CliChild } from "../helpers/cli-child";
import { integrityCheck, libraryCounts, libraryFingerprint } from "../helpers/library-state";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let dir: string;
let corpus: string[];
const databases: TestDatabase[] = [];
const children: CliChild[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-crash-"));
  corpus = writeCorpus(path.join(dir, "corpus"), buildCorpus({ papers: 2_000 }));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
  await Promise.all(databases.splice(0).map((d) => d.cleanup()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A library holding the seeds: the "before" of the batch under test. */
async function seededLibrary(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  databases.push(db);
  const sqlite = openSqlite(db.url);
  await importFiles(sqlite, seedFiles());
  sqlite.close();
  return db;
}

/** Resolves when the file's WAL holds frames, or the child has exited. */
async function walHasFrames(file: string, child: CliChild): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const walSize = () => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
  while (!exited && walSize() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("an import killed mid-transaction", () => {
  it("leaves the whole batch or none of it, a sound file, and importing again gives what a clean import gives", { timeout: 120_000 }, async () => {
    const clean = await seededLibrary();
    const cleanDb = openSqlite(clean.url);
    const before = libraryCounts(cleanDb);
    await importFiles(cleanDb, corpus);
    const after = libraryCounts(cleanDb);
    expect(after.batches).toBe(before.batches + 1);

    // Every connection of ours is closed: reopening after the kill recovers from the WAL the
    // killed process left behind, as the app would after a crash.
    const crashed = await seededLibrary();
    const importer = startImportCli(crashed.url, corpus);
    children.push(importer);
    await importer.waitForLine(INSIDE_IMPORT_TRANSACTION);
    // Kill once its writes spill out of the page cache into the WAL as uncommitted frames,
    // so recovery has something to throw away (or once it has finished, if it gets there).
    await walHasFrames(crashed.file, importer);
    importer.process.kill("SIGKILL");
    expect((await importer.exited).signal).toBe("SIGKILL");

    const reopened = openSqlite(crashed.url);
    try {
      expect(integrityCheck(reopened)).toBe("ok");
      const state = libraryCounts(reopened);
      expect([before, after]).toContainEqual(state);
      if (importer.stderr().includes("Imported batch")) expect(state).toEqual(after);

      const again = startImportCli(crashed.url, corpus);
      children.push(again);
      expect(await again.exited, again.stderr()).toEqual({ code: 0, signal: null });
      expect(integrityCheck(reopened)).toBe("ok");
      expect(libraryFingerprint(reopened)).toEqual(libraryFingerprint(cleanDb));
    } finally {
      reopened.close();
      cleanDb.close();
    }
  });
});
