// The settings every SQLite connection of the app gets (better-sqlite3 and Prisma's
// adapter alike), so a crash loses nothing and a second writer waits instead of failing.

/**
 * How long a writer waits for another's write lock before SQLITE_BUSY. An import holds
 * the lock for its whole batch: ~10 s for 100,000 papers once topics and related papers
 * are computed outside it, but we measured ~17 s for 4,000 papers (derived data inside)
 * on this 2-core machine under load. A minute covers a slow machine or a writer queued
 * behind two imports; past that something is stuck, and "database is locked" says more
 * than a hang. WAL readers never wait on it.
 */
export const BUSY_TIMEOUT_MS = 60_000;

/**
 * WAL: readers see the last commit while an import writes. foreign_keys is per connection
 * and off in stock SQLite (better-sqlite3's build turns it on; we don't rely on that).
 * synchronous=FULL: this build drops WAL connections to NORMAL, where a committed import
 * can vanish on power loss; imports are few large commits, so an fsync each costs nothing.
 */
export const CONNECTION_PRAGMAS = [
  "journal_mode = WAL",
  "foreign_keys = ON",
  `busy_timeout = ${BUSY_TIMEOUT_MS}`,
  "synchronous = FULL",
] as const;

/** The pragmas as one script, for drivers that take SQL text. */
export const CONNECTION_PRAGMA_SCRIPT = CONNECTION_PRAGMAS.map((p) => `PRAGMA ${p};`).join("\n");
