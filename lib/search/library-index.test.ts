import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { seedFiles } from "../../tests/fixtures/seeds";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { createIndexSource } from "./library-index";
import { searchParamsSchema } from "./params";
import { search } from "./search";

let db: TestDatabase;
let sqlite: SqliteDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
  sqlite = openSqlite(db.url);
});
afterEach(async () => {
  sqlite.close();
  await db.cleanup();
});

describe("the library's search index", () => {
  it("picks up an import from another connection without a restart, and is reused while nothing changes", async () => {
    const [, , hf] = seedFiles();
    const index = createIndexSource(() => sqlite);
    const total = () => search(index(), searchParamsSchema.parse({ q: "" })).total;
    expect(total()).toBe(0);
    const writer = openSqlite(db.url);
    await importFiles(writer, [hf!]);
    writer.close();
    expect(total()).toBe(119);
    expect(index()).toBe(index());
  });
});
