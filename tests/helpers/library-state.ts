// What a test compares about a library: the counts that move together in one batch,
// every row (less clock columns) as a fingerprint, and SQLite's own integrity check.
import { createHash } from "node:crypto";
import type { SqliteDatabase } from "../../lib/db/sqlite";

export type LibraryCounts = { papers: number; sources: number; batches: number; versions: number };

const count = (db: SqliteDatabase, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

/** The four counts, read in one read transaction (one snapshot of the library). */
export function libraryCounts(db: SqliteDatabase): LibraryCounts {
  return db
    .transaction(() => ({
      papers: count(db, "Paper"),
      sources: count(db, "PaperSource"),
      batches: count(db, "ImportBatch"),
      versions: count(db, "AbstractVersion"),
    }))
    .deferred();
}

/** Per table: row count and a hash of every row, ids included. DATETIME columns are
 * written from the clock, so two equal imports differ there: only whether one is set counts. */
export function libraryFingerprint(db: SqliteDatabase): Record<string, { rows: number; hash: string }> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name")
    .all()
    .map((t) => t.name);
  return db
    .transaction(() =>
      Object.fromEntries(
        tables.map((table) => {
          const columns = db
            .prepare<[], { name: string; type: string }>(`SELECT name, type FROM pragma_table_info('${table}')`)
            .all()
            .map((c) => (/^datetime$/i.test(c.type) ? `"${c.name}" IS NOT NULL` : `"${c.name}"`));
          const hash = createHash("sha256");
          let rows = 0;
          const select = db.prepare(`SELECT ${columns.join(", ")} FROM "${table}" ORDER BY ${columns.join(", ")}`).raw();
          for (const row of select.iterate()) {
            hash.update(JSON.stringify(row)).update("\n");
            rows++;
          }
          return [table, { rows, hash: hash.digest("hex") }];
        }),
      ),
    )
    .deferred();
}

/** "ok", or SQLite's list of what is wrong. */
export const integrityCheck = (db: SqliteDatabase): string =>
  db.prepare<[], { integrity_check: string }>("PRAGMA integrity_check").all().map((r) => r.integrity_check).join("\n");
