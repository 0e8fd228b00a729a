// The server's one search index over the library database, rebuilt when an import
// (from any process) has moved the library's revision since it was built.

import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { env } from "../env";
import { libraryRevision, loadSearchDocuments } from "./documents";
import { SearchIndex } from "./search-index";

let connection: SqliteDatabase | null = null;
let current: SearchIndex | null = null;

function db(): SqliteDatabase {
  connection ??= openSqlite(env.DATABASE_URL);
  return connection;
}

/** The index for the library as it is now. */
export function getLibraryIndex(): SearchIndex {
  const revision = libraryRevision(db());
  if (!current || current.revision !== revision) current = new SearchIndex(loadSearchDocuments(db()), revision);
  return current;
}
