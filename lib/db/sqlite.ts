// A direct better-sqlite3 connection for bulk writes (the importer): Prisma 7's query
// compiler costs ~1 ms per row in createMany (measured: 200 rows in 260 ms), prepared
// statements cost microseconds. Same file, same pragmas as the Prisma connections.
import Database from "better-sqlite3";
import { databaseFileFromUrl } from "../env";
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMAS } from "./pragmas";

export type SqliteDatabase = Database.Database;

export function openSqlite(databaseUrl: string): SqliteDatabase {
  // `timeout` covers the pragmas themselves: switching to WAL can wait on another writer.
  const db = new Database(databaseFileFromUrl(databaseUrl), { timeout: BUSY_TIMEOUT_MS });
  for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
  return db;
}

/** The DATETIME text Prisma writes and reads. */
export const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");
