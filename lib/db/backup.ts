// Online backup of the library: a consistent copy of one moment, written while the app
// serves and imports write, through SQLite's backup API (better-sqlite3's db.backup).

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFileFromUrl } from "../env";
import { openSqlite } from "./sqlite";

export class BackupError extends Error {}

export type BackupReport = {
  file: string;
  bytes: number;
  counts: { papers: number; sources: number; versions: number; authors: number; batches: number };
  /** SQLite's integrity_check of the copy: "ok" when it is sound. */
  integrity: string;
};

// The API copies a step of pages at a time and starts over whenever another connection
// writes in between; one step over every page reads a single snapshot, so an import
// running meanwhile neither restarts the copy nor shows up half in it.
const ALL_PAGES = 0x7fffffff;

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

/** Copies the library to `target`, a file that must not exist yet; checks the copy. */
export async function backupLibrary(databaseUrl: string, target: string): Promise<BackupReport> {
  const source = databaseFileFromUrl(databaseUrl);
  const file = path.resolve(target);
  if (!fs.existsSync(source)) throw new BackupError(`${source}: no library to back up`);
  // Never over an existing file: it may be an older backup, or hold -wal/-shm companions
  // that SQLite would replay into the new copy.
  if (fs.existsSync(file)) throw new BackupError(`${target}: exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(file), { recursive: true });

  // Written under another name and renamed when complete, so FILE is never half a backup.
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    const db = openSqlite(databaseUrl);
    try {
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    const report = checkCopy(partial);
    fs.renameSync(partial, file);
    return { ...report, file, bytes: fs.statSync(file).size };
  } finally {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(partial + suffix, { force: true });
  }
}

/** One self-contained file (rollback journal, no -wal to carry along), checked and counted. */
function checkCopy(file: string): Omit<BackupReport, "file" | "bytes"> {
  const copy = new Database(file);
  try {
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.prepare<[], { integrity_check: string }>("PRAGMA integrity_check").all().map((r) => r.integrity_check).join("; ");
    return {
      integrity,
      counts: {
        papers: count(copy, "Paper"),
        sources: count(copy, "PaperSource"),
        versions: count(copy, "AbstractVersion"),
        authors: count(copy, "Author"),
        batches: count(copy, "ImportBatch"),
      },
    };
  } finally {
    copy.close();
  }
}
