// `npm run db:new-migration -- NAME`: writes the SQL that takes the migrations folder
// to prisma/schema.prisma as a new migration folder (our offline `prisma migrate dev --create-only`).
import { createMigrationSql } from "../lib/db/migrate";
import { writeMigration } from "../lib/db/migrations-folder";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || process.argv.length > 3) {
    console.error("usage: npm run db:new-migration -- <name>");
    process.exit(2);
  }
  const sql = await createMigrationSql();
  if (!sql) {
    console.log("no changes: the migrations already match prisma/schema.prisma");
    return;
  }
  const folder = await writeMigration(name, sql);
  console.log(`wrote prisma/migrations/${folder}/migration.sql`);
  console.log("apply it with: npm run db:migrate");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
