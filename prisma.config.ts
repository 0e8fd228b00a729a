// Prisma CLI configuration: where the schema and migrations live and which database
// the CLI talks to (the app itself connects through lib/db.ts).
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/abstracta.db" },
});
