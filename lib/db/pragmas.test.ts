import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { openSqlite } from "./sqlite";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.cleanup();
});

// What a crash-safe, many-reader, queued-writer library needs from each connection: a
// second writer waits two minutes, past the ~1 min a 100,000-paper import and its derived
// data hold the lock on a quiet machine.
const EXPECTED = { journal_mode: "wal", foreign_keys: 1, busy_timeout: 120_000, synchronous: 2 };

describe("connection pragmas", () => {
  it("the better-sqlite3 connection the importer uses reports WAL, foreign keys, the busy timeout and synchronous=FULL", () => {
    const sqlite = openSqlite(db.url);
    try {
      const read = (name: string) => sqlite.pragma(name, { simple: true });
      expect({
        journal_mode: read("journal_mode"),
        foreign_keys: read("foreign_keys"),
        busy_timeout: read("busy_timeout"),
        synchronous: read("synchronous"),
      }).toEqual(EXPECTED);
    } finally {
      sqlite.close();
    }
  });

  it("the Prisma client's adapter connection reports the same pragmas", async () => {
    const read = async (name: string) => {
      const [row] = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
      const value = Object.values(row ?? {})[0];
      return typeof value === "bigint" ? Number(value) : value;
    };
    expect({
      journal_mode: await read("journal_mode"),
      foreign_keys: await read("foreign_keys"),
      busy_timeout: await read("busy_timeout"),
      synchronous: await read("synchronous"),
    }).toEqual(EXPECTED);
  });
});
