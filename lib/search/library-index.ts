// The server's one search index over the library database, rebuilt when an import
// (from any process) has moved the library's revision since it was built.

import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { env } from "../env";
import { libraryRevision, loadSearchDocuments, type SearchDocument } from "./documents";
import { SearchIndex } from "./search-index";

type LoadDocuments = (db: SqliteDatabase) => SearchDocument[];

/** The documents and the revision they belong to, read in one read transaction: an
 * import committing between the statements can't leave the index half before, half
 * after, nor stamp older documents with a newer revision (which would never rebuild). */
export function readLibrarySnapshot(db: SqliteDatabase, load: LoadDocuments = loadSearchDocuments): { revision: string; documents: SearchDocument[] } {
  return db.transaction(() => ({ revision: libraryRevision(db), documents: load(db) })).deferred();
}

/** A getter for the index of `db` as it is now: rebuilt only when the library changed. */
export function createIndexSource(db: () => SqliteDatabase, load: LoadDocuments = loadSearchDocuments): () => SearchIndex {
  let current: SearchIndex | null = null;
  return () => {
    if (current && current.revision === libraryRevision(db())) return current;
    const { revision, documents } = readLibrarySnapshot(db(), load);
    current = new SearchIndex(documents, revision);
    return current;
  };
}

// Next bundles each route on its own, and a module-level singleton would be one index
// per route (measured: the search page built a second index after the API had one). One
// per process, on globalThis, whichever route asks first.
const shared = globalThis as typeof globalThis & { __abstractaLibraryIndex?: () => SearchIndex };
let connection: SqliteDatabase | null = null;

/** The index of the app's library (env.DATABASE_URL), one per server process. */
export const getLibraryIndex: () => SearchIndex = (shared.__abstractaLibraryIndex ??= createIndexSource(
  () => (connection ??= openSqlite(env.DATABASE_URL)),
));
