// A generated library of N papers as a SQLite file, for the benchmarks that serve it
// (HTTP, load): built once by direct inserts plus derived data, then reused from the cache.

import fs from "node:fs";
import path from "node:path";
import { applyMigrations } from "../db/migrate";
import { openSqlite } from "../db/sqlite";
import { refreshDerived } from "../derived/refresh-derived";
import { cachedCorpus, corpusCacheDir, migratedTemplate } from "./bench-kit";
import { parseCorpus } from "./check";
import { insertLibraryRows, libraryRows } from "./library-rows";

function holdsPapers(file: string, papers: number): boolean {
  const db = openSqlite(`file:${file}`);
  try {
    return db.prepare<[], number>('SELECT count(*) FROM "Paper"').pluck().get()! >= papers * 0.9;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** The library file for `papers` papers: `<corpus cache>/library.db`, built when missing. */
export async function cachedLibrary(papers: number, log: (line: string) => void = () => {}): Promise<string> {
  const file = path.join(corpusCacheDir(papers), "library.db");
  if (fs.existsSync(file) && holdsPapers(file, papers)) {
    await applyMigrations(file); // a library cached before a new migration gets it, as at app start
    return file;
  }
  const { corpus } = cachedCorpus(papers);
  const building = `${file}.building`;
  fs.rmSync(building, { force: true });
  await migratedTemplate(path.dirname(file)); // the folder's own: other benchmarks clean theirs
  fs.copyFileSync(path.join(path.dirname(file), "template.db"), building);
  const started = performance.now();
  const db = openSqlite(`file:${building}`);
  insertLibraryRows(db, libraryRows(corpus, parseCorpus(corpus).dumps));
  refreshDerived(db);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  fs.renameSync(building, file);
  log(`built the ${papers}-paper library in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`);
  return file;
}
