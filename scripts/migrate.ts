// `npm run db:migrate`: applies prisma/migrations to the database in DATABASE_URL
// (default ./data/abstracta.db), creating the file if needed.
import { applyMigrations } from "../lib/db/migrate";
import { databaseFileFromUrl, env } from "../lib/env";

async function main(): Promise<void> {
  const file = databaseFileFromUrl(env.DATABASE_URL);
  const started = performance.now();
  const { applied } = await applyMigrations(file);
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) {
    console.log(`${file}: already up to date (${ms} ms)`);
    return;
  }
  console.log(`${file}: applied ${applied.length} migration(s) in ${ms} ms`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
