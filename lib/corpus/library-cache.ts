// A generated library built once by direct insertion (rows plus derived topics and
// related papers) and kept beside its corpus in the cache: building 100,000 papers takes
// minutes, so search benches copy the cached file instead of building it every run.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseCorpus } from "./check";
import { insertLibraryRows, libraryRows } from "./library-rows";
import { cachedCorpus, corpusCacheDir, freshLibrary, migratedTemplate, removeLibrary } from "./bench-kit";
import { openSqlite } from "../db/sqlite";
import { recomputeDerived } from "../derived/recompute-derived";

const MIGRATIONS = path.join(__dirname, "..", "..", "prisma", "migrations");

/** The schema and the row builder decide the file's content (derived data is left out
 * of the key on purpose: a change to topic extraction does not change what search costs). */
function libraryKey(): string {
  const hash = createHash("sha256");
  for (const dir of fs.readdirSync(MIGRATIONS).sort()) {
    const sql = path.join(MIGRATIONS, dir, "migration.sql");
    if (fs.existsSync(sql)) hash.update(dir).update(fs.readFileSync(sql));
  }
  hash.update(fs.readFileSync(path.join(__dirname, "library-rows.ts")));
  return hash.digest("hex").slice(0, 12);
}

export type CachedLibrary = { file: string; built: boolean; ms: number };

/**
 * A fresh copy at `target` of the library of `papers` generated papers, built into the
 * cache first when missing (or when `rebuild`). The caller owns and removes the copy.
 */
export async function copyOfDirectLibrary(papers: number, seed: number, target: string, work: string, rebuild = false): Promise<CachedLibrary> {
  const started = performance.now();
  const cached = path.join(corpusCacheDir(papers, seed), `library-direct-${libraryKey()}.db`);
  const built = rebuild || !fs.existsSync(cached);
  if (built) {
    const { corpus } = cachedCorpus(papers, seed);
    const partial = `${cached}.partial`;
    freshLibrary(await migratedTemplate(work), partial);
    const db = openSqlite(`file:${partial}`);
    insertLibraryRows(db, libraryRows(corpus, parseCorpus(corpus).dumps));
    db.transaction(() => recomputeDerived(db))();
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    removeLibrary(cached);
    fs.renameSync(partial, cached);
    removeLibrary(partial);
  }
  removeLibrary(target);
  fs.copyFileSync(cached, target);
  return { file: target, built, ms: performance.now() - started };
}
