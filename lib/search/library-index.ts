// The server's one search index over the library database. At start it loads the index
// saved next to the database (index-snapshot.ts); when an import (from any process) has
// moved the library's revision it rebuilds: at once for a small library, in slices
// between requests for a large one, answering from the old index until the new one is
// ready. A large index is saved after each build, so the next start needs no rebuild.

import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { databaseFileFromUrl, env } from "../env";
import { buildSearchIndex } from "./build-search-index";
import { libraryRevision, loadSearchDocuments, type SearchDocument } from "./documents";
import { loadSnapshot, saveSnapshot, snapshotDirOf } from "./index-snapshot";
import { rebuildSteps } from "./rebuild-steps";
import type { SearchIndex } from "./search-index";
import { SqliteAbstracts } from "./sqlite-abstracts";
import { runSteps, runStepsSliced } from "./steps";

type LoadDocuments = (db: SqliteDatabase) => SearchDocument[];

/** The documents and the revision they belong to, read in one read transaction: an
 * import committing between the statements can't leave the index half before, half
 * after, nor stamp older documents with a newer revision (which would never rebuild). */
export function readLibrarySnapshot(db: SqliteDatabase, load: LoadDocuments = loadSearchDocuments): { revision: string; documents: SearchDocument[] } {
  return db.transaction(() => ({ revision: libraryRevision(db), documents: load(db) })).deferred();
}

export type IndexSourceOptions = {
  /** The folder the index is saved in and loaded from; none by default. */
  snapshotDir?: string | null;
  /** An index of at least this many papers is rebuilt in the background, and saved. */
  backgroundFrom?: number;
};

/** At 5,000 papers a build takes about half a second: below, rebuilding at once is cheaper than serving stale results. */
const BACKGROUND_FROM = 5_000;

export type IndexSource = (() => SearchIndex) & {
  /** Resolves when no background rebuild or save is under way (tests, benchmarks). */
  settled: () => Promise<void>;
};

/**
 * A getter for the index of `db`: loaded from its snapshot, rebuilt only when the library
 * changed. Documents are read a page at a time (abstracts dropped once tokenized), or all at
 * once by `load` when one is given (tests).
 */
export function createIndexSource(db: () => SqliteDatabase, load?: LoadDocuments, options: IndexSourceOptions = {}): IndexSource {
  const { snapshotDir = null, backgroundFrom = BACKGROUND_FROM } = options;
  const abstracts = new SqliteAbstracts(db);
  let current: SearchIndex | null = null;
  let rebuilding: Promise<void> | null = null;
  let saving: Promise<void> = Promise.resolve();

  const save = (index: SearchIndex) => {
    if (!snapshotDir || index.size < backgroundFrom) return;
    saving = saving.then(() => saveSnapshot(index, snapshotDir)).catch((error: unknown) => console.error("search index: could not save", error));
  };
  const rebuildInBackground = () => {
    rebuilding ??= runStepsSliced(rebuildSteps(db().name, abstracts))
      .then((index) => {
        current = index;
        save(index);
      })
      .catch((error: unknown) => console.error("search index: rebuild failed", error))
      .finally(() => (rebuilding = null));
  };

  const get = () => {
    const revision = libraryRevision(db());
    if (current?.revision === revision) return current;
    if (!current && snapshotDir) current = loadSaved(snapshotDir, abstracts);
    if (current?.revision === revision) return current;
    if (current && current.size >= backgroundFrom) {
      rebuildInBackground();
      return current;
    }
    if (load) {
      const read = readLibrarySnapshot(db(), load);
      current = buildSearchIndex(read.documents, read.revision, abstracts);
    } else {
      current = runSteps(rebuildSteps(db().name, abstracts));
    }
    save(current);
    return current;
  };
  return Object.assign(get, {
    settled: async () => {
      while (rebuilding) await rebuilding;
      await saving;
    },
  });
}

function loadSaved(dir: string, abstracts: SqliteAbstracts): SearchIndex | null {
  try {
    return loadSnapshot(dir, abstracts);
  } catch (error) {
    console.error("search index: the saved index is unreadable and will be rebuilt", error);
    return null;
  }
}

// Next bundles each route on its own, and a module-level singleton would be one index
// per route (measured: the search page built a second index after the API had one). One
// per process, on globalThis, whichever route asks first.
const shared = globalThis as typeof globalThis & { __abstractaLibraryIndex?: IndexSource };
let connection: SqliteDatabase | null = null;

/** The index of the app's library (env.DATABASE_URL), one per server process. */
export const getLibraryIndex: IndexSource = (shared.__abstractaLibraryIndex ??= createIndexSource(
  () => (connection ??= openSqlite(env.DATABASE_URL)),
  undefined,
  { snapshotDir: snapshotDirOf(databaseFileFromUrl(env.DATABASE_URL)) },
));
