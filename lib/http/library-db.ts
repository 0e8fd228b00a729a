// The route handlers' one better-sqlite3 connection to the library, opened on first use
// and kept for the life of the process (imports and undos write through it).
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { env } from "../env";

// Next's dev server re-evaluates modules on edits; globalThis keeps one connection anyway.
const globalForDb = globalThis as typeof globalThis & { abstractaLibraryDb?: SqliteDatabase };

export function libraryDb(): SqliteDatabase {
  globalForDb.abstractaLibraryDb ??= openSqlite(env.DATABASE_URL);
  return globalForDb.abstractaLibraryDb;
}
