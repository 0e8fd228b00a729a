// A fresh, fully migrated SQLite file per test: a copy of the run's base file, with
// the same client the app uses. Real files, never mocks.
import { randomUUID } from "node:crypto";
import { copyFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db";
import { openSqlite, type SqliteDatabase } from "../../lib/db/sqlite";

export type TestDatabase = {
  url: string;
  file: string;
  prisma: PrismaClient;
  /** Disconnects the client and deletes the file (with its WAL companions). */
  cleanup: () => Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = inject("baseDatabaseFile");
  const file = path.join(path.dirname(base), `${randomUUID()}.db`);
  await copyFile(base, file);
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  const cleanup = async (): Promise<void> => {
    await prisma.$disconnect();
    await Promise.all(
      ["", "-wal", "-shm", "-journal"].map((suffix) => rm(file + suffix, { force: true })),
    );
  };
  return { url, file, prisma, cleanup };
}

export type TestLibrary = { db: TestDatabase; sqlite: SqliteDatabase };

/**
 * A fresh library per test, with a better-sqlite3 connection to it, closed and deleted
 * after the test: `useTestLibrary((opened) => ({ db, sqlite } = opened))`.
 */
export function useTestLibrary(receive: (library: TestLibrary) => void): void {
  let opened: TestLibrary | null = null;
  beforeEach(async () => {
    const db = await createTestDatabase();
    opened = { db, sqlite: openSqlite(db.url) };
    receive(opened);
  });
  afterEach(async () => {
    opened?.sqlite.close();
    await opened?.db.cleanup();
    opened = null;
  });
}
