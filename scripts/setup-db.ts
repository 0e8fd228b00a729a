// First start: bring the database up to date with the migrations and, when the library
// is empty, import the seed dumps shipped in seeds/. Safe to run on every start.

import fs from "node:fs";
import path from "node:path";
import { databaseFileFromUrl, env } from "../lib/env";
import { openSqlite } from "../lib/db/sqlite";
import { applyMigrations } from "../lib/db/migrate";
import { importFiles } from "../lib/import/import-files";
import { refreshDerivedIfStale } from "../lib/derived/refresh-derived";

const SEEDS_DIR = path.join(process.cwd(), "seeds");

async function main() {
  const file = databaseFileFromUrl(env.DATABASE_URL);
  const { applied } = await applyMigrations(file);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : `Database is up to date: ${file}`);
  const db = openSqlite(env.DATABASE_URL);
  try {
    if (db.prepare('SELECT count(*) FROM "Paper"').pluck().get() !== 0) {
      const derived = refreshDerivedIfStale(db);
      if (derived) console.log(`Topics and related papers brought up to date (${Math.round(derived.topicsMs + derived.relatedMs + derived.writeMs)} ms).`);
      return;
    }
    const seeds = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(SEEDS_DIR, f));
    const started = performance.now();
    const summary = await importFiles(db, seeds);
    console.log(`Imported the ${seeds.length} seed dumps: ${summary.papersNew} papers (${Math.round(performance.now() - started)} ms).`);
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
