// The server's one search index over the library database, rebuilt when an import
// (from any process) has moved the library's revision since it was built.

import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { env } from "../env";
import { libraryRevision, loadSearchDocuments } from "./documents";
import { SearchIndex } from "./search-index";

/** A getter for the index of `db` as it is now: rebuilt only when the library changed. */
export function createIndexSource(db: () => SqliteDatabase): () => SearchIndex {
  let current: SearchIndex | null = null;
  return () => {
    const revision = libraryRevision(db());
    if (!current || current.revision !== revision) current = new SearchIndex(loadSearchDocuments(db()), revision);
    return current;
  };
}

let connection: SqliteDatabase | null = null;

/** The index of the app's library (env.DATABASE_URL). */
export const getLibraryIndex = createIndexSource(() => (connection ??= openSqlite(env.DATABASE_URL)));
