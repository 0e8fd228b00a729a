import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedFiles } from "../../tests/fixtures/seeds";
import { integrityCheck, libraryFingerprint } from "../../tests/helpers/library-state";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { importFiles } from "../import/import-files";
import { BackupError, backupLibrary } from "./backup";
import { openSqlite, type SqliteDatabase } from "./sqlite";

let db: TestDatabase;
let sqlite: SqliteDatabase;
let target: string;
beforeEach(async () => {
  db = await createTestDatabase();
  sqlite = openSqlite(db.url);
  target = path.join(`${db.file}.backups`, "nested", "library.db");
});
afterEach(async () => {
  sqlite.close();
  fs.rmSync(`${db.file}.backups`, { recursive: true, force: true });
  await db.cleanup();
});

describe("backupLibrary", () => {
  it("writes one self-contained file (folders made as needed) with every row of the library, and reports what it holds", async () => {
    await importFiles(sqlite, seedFiles());
    const report = await backupLibrary(db.url, target);
    expect(report).toMatchObject({ file: target, integrity: "ok", counts: { papers: 148, sources: 168, batches: 1 } });
    expect(report.bytes).toBe(fs.statSync(target).size);
    // No -wal to carry along: the file alone is the backup.
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const copy = openSqlite(`file:${target}`);
    try {
      expect(integrityCheck(copy)).toBe("ok");
      expect(libraryFingerprint(copy)).toEqual(libraryFingerprint(sqlite));
    } finally {
      copy.close();
    }
  });

  it("refuses to write over an existing file, which keeps its bytes", async () => {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, "an older backup");
    await expect(backupLibrary(db.url, target)).rejects.toThrow(BackupError);
    expect(fs.readFileSync(target, "utf8")).toBe("an older backup");
  });
});
