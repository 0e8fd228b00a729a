// The settings every SQLite connection of the app gets (better-sqlite3 and Prisma's
// adapter alike), so a crash loses nothing and a second writer waits instead of failing.

/**
 * How long a writer waits for another's write lock before SQLITE_BUSY. At 100,000 papers
 * an import's own transaction holds the lock ~10 s and the topics and related papers that
 * follow it ~47 s more (README, Measured), so a writer queued behind both waits about a
 * minute on a quiet machine; two minutes leave room for a loaded one (a 10,000-paper
 * import held it 12.5 s here under load, scripts/bench-write-lock.ts). Past that something
 * is stuck, and "database is locked" says more than a hang. WAL readers never wait on it.
 */
export const BUSY_TIMEOUT_MS = 120_000;

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
