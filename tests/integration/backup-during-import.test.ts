// npm run backup while an import CLI writes the same library in another process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, writeCorpus } from "../../lib/corpus/dumps";
import { openSqlite } from "../../lib/db/sqlite";
import { importFiles } from "../../lib/import/import-files";
import { seedFiles } from "../fixtures/seeds";
import { INSIDE_IMPORT_TRANSACTION, startCli, startImportCli, type CliChild } from "../helpers/cli-child";
import { integrityCheck, libraryCounts, type LibraryCounts } from "../helpers/library-state";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let dir: string;
let corpus: string[];
let db: TestDatabase;
const children: CliChild[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-backup-"));
  corpus = writeCorpus(path.join(dir, "corpus"), buildCorpus({ papers: 2_000 }));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
  await db?.cleanup();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function countsOf(url: string): LibraryCounts {
  const sqlite = openSqlite(url);
  try {
    return libraryCounts(sqlite);
  } finally {
    sqlite.close();
  }
}

describe("npm run backup", () => {
  it("written while another process imports, the copy is sound and holds the library before or after that import", { timeout: 120_000 }, async () => {
    db = await createTestDatabase();
    const sqlite = openSqlite(db.url);
    await importFiles(sqlite, seedFiles());
    sqlite.close();
    const before = countsOf(db.url);

    const importer = startImportCli(db.url, corpus);
    children.push(importer);
    await importer.waitForLine(INSIDE_IMPORT_TRANSACTION);
    const target = path.join(dir, "during-import.db");
    const backup = startCli("backup.ts", [target], db.url);
    children.push(backup);
    const backedUp = await backup.exited;
    expect(backedUp, backup.stderr()).toEqual({ code: 0, signal: null });
    expect(await importer.exited, importer.stderr()).toEqual({ code: 0, signal: null });
    const after = countsOf(db.url);
    expect(after.papers).toBeGreaterThan(before.papers);

    const copy = openSqlite(`file:${target}`);
    const inCopy = (() => {
      try {
        expect(integrityCheck(copy)).toBe("ok");
        return libraryCounts(copy);
      } finally {
        copy.close();
      }
    })();
    expect([before, after]).toContainEqual(inCopy);
    // What it printed is what the file holds.
    expect(backup.stderr()).toContain(`${inCopy.papers} papers, ${inCopy.sources} sources, ${inCopy.versions} abstract versions`);
    expect(backup.stderr()).toMatch(/integrity ok/);
  });
});
