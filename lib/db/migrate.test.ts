import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { Prisma } from "../generated/prisma/client";
import { applyMigrations, createMigrationSql } from "./migrate";
import { MIGRATIONS_DIR, SCHEMA_FILE } from "./migrations-folder";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "abstracta-migrate-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe("applyMigrations", () => {
  test("migrations create every table on a fresh file, parent folders included", async () => {
    const file = path.join(dir, "nested", "folder", "fresh.db");
    const { applied } = await applyMigrations(file);

    expect(applied).toEqual(await migrationFolders());
    const tables = readOnly(file, (db) =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
    );
    expect(tables).toEqual(expect.arrayContaining(Object.values(Prisma.ModelName)));
  });

  test("applying migrations twice applies nothing the second time", async () => {
    const file = path.join(dir, "twice.db");
    await applyMigrations(file);
    expect(await applyMigrations(file)).toEqual({ applied: [] });
  });

  test("the history is recorded as prisma migrate deploy records it", async () => {
    const file = path.join(dir, "history.db");
    await applyMigrations(file);
    const rows = readOnly(file, (db) =>
      db
        .prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations")
        .all() as { migration_name: string; checksum: string; finished_at: string | null }[],
    );

    const folders = await migrationFolders();
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  test("the file is left in WAL mode with no open connection behind", async () => {
    const file = path.join(dir, "closed.db");
    await applyMigrations(file);
    expect(await readdir(dir)).toEqual(["closed.db"]);
    expect(readOnly(file, (db) => db.pragma("journal_mode", { simple: true }))).toBe("wal");
  });
});

describe("createMigrationSql", () => {
  test("the migrations folder matches prisma/schema.prisma", async () => {
    expect(await createMigrationSql()).toBe("");
  });

  test("a schema change yields SQL for that change only", async () => {
    const schemaFile = path.join(dir, "schema.prisma");
    const schema = await readFile(SCHEMA_FILE, "utf8");
    await writeFile(schemaFile, schema.replace("model Author {", "model Author {\n  orcid String?"));

    const sql = await createMigrationSql({ schemaFile });
    expect(sql).toContain('ADD COLUMN "orcid" TEXT');
    expect(sql).not.toContain("CREATE TABLE");
  });
});

describe("createPrismaClient", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db.cleanup();
  });

  test("foreign keys are enforced", async () => {
    await expect(
      db.prisma.paperCategory.create({ data: { paperId: 999, category: "cs.LG" } }),
    ).rejects.toThrow(/foreign key/i);
  });

  test("each test database is its own file, copied from the migrated base", async () => {
    const other = await createTestDatabase();
    try {
      await db.prisma.author.create({ data: { name: "Ada", key: "ada", slug: "ada" } });
      expect(await other.prisma.author.count()).toBe(0);
      expect(other.file).not.toBe(db.file);
    } finally {
      await other.cleanup();
    }
  });
});
