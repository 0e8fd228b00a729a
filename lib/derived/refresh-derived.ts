// Brings topics and related papers up to date with the library, in their own transaction
// after an import or undo has committed: the batch lands (and is searchable) at once, the
// derived data follows a moment later. A batch whose derived data is not done yet (the
// process died in between) has derivedAt null, and the next refresh picks it up.

import { sqliteNow, type SqliteDatabase } from "../db/sqlite";
import { recomputeDerived, type DerivedTimings } from "./recompute-derived";

export const derivedIsStale = (db: SqliteDatabase): boolean =>
  db.prepare('SELECT 1 FROM "ImportBatch" WHERE "derivedAt" IS NULL LIMIT 1').get() !== undefined;

/** Recomputes the derived data over the library and marks every batch as included. */
export function refreshDerived(db: SqliteDatabase): DerivedTimings {
  return db
    .transaction(() => {
      const timings = recomputeDerived(db);
      db.prepare('UPDATE "ImportBatch" SET "derivedAt" = ? WHERE "derivedAt" IS NULL').run(sqliteNow());
      return timings;
    })
    .immediate();
}

/** Refreshes only when some batch is not included yet; null when nothing was to do. */
export function refreshDerivedIfStale(db: SqliteDatabase): DerivedTimings | null {
  return derivedIsStale(db) ? refreshDerived(db) : null;
}
