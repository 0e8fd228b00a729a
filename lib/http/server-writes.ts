// Writes made by the server (browser imports, undos) wait only briefly for the write lock.
// better-sqlite3 is synchronous: a route waiting out the connection's two-minute busy
// timeout behind a CLI import would stall every request of the process. Instead the route
// answers 503 with Retry-After, and the person (or script) tries again.
import { BUSY_TIMEOUT_MS } from "../db/pragmas";
import type { SqliteDatabase } from "../db/sqlite";

/** How long a server write waits for another writer before answering 503. */
export const SERVER_WRITE_WAIT_MS = 2_000;
export const RETRY_AFTER_SECONDS = 10;

export class LibraryBusyError extends Error {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor() {
    super(`another import is writing to the library; try again in ${RETRY_AFTER_SECONDS} seconds`);
  }
}

const isBusy = (error: unknown) => typeof error === "object" && error !== null && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_BUSY");

/** Runs `write` with a short busy timeout; SQLITE_BUSY becomes a LibraryBusyError. */
export function writeOrBusy<T>(db: SqliteDatabase, write: () => T): T {
  db.pragma(`busy_timeout = ${SERVER_WRITE_WAIT_MS}`);
  try {
    return write();
  } catch (error) {
    if (isBusy(error)) throw new LibraryBusyError();
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
