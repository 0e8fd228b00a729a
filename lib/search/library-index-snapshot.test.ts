// The server's index over a library it saves next to the database: loaded at start instead
// of rebuilt, and rebuilt in the background (answering from the old index) when the
// library changes. `backgroundFrom: 1` makes the seed library count as a large one.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { seedFiles } from "../../tests/fixtures/seeds";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { libraryRevision, loadSearchDocuments } from "./documents";
import { snapshotDirOf, snapshotRevision } from "./index-snapshot";
import { createIndexSource } from "./library-index";
import { searchParamsSchema } from "./params";
import { search } from "./search";

let db: TestDatabase;
let sqlite: SqliteDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  sqlite = openSqlite(db.url);
  dir = snapshotDirOf(db.file);
});
afterEach(async () => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await db.cleanup();
});

const importSeed = async (i: number) => {
  const writer = openSqlite(db.url);
  await importFiles(writer, [seedFiles()[i]!]);
  writer.close();
};
const QUERIES = ["", "neural networks", '"language models"', "au:boix", "transf"].map((q) => searchParamsSchema.parse({ q }));
const neverRead = () => {
  throw new Error("the library was read, not the saved index");
};

describe("the saved search index", () => {
  it("answers from the old index while a large library is rebuilt in the background, then from the new one, saved", async () => {
    await importSeed(0);
    const index = createIndexSource(() => sqlite, loadSearchDocuments, { snapshotDir: dir, backgroundFrom: 1 });
    const before = index();
    await index.settled();
    expect(snapshotRevision(dir)).toBe(before.revision);

    await importSeed(2);
    expect(index()).toBe(before); // no rebuild inside the request
    await index.settled();
    const after = index();
    expect(after.size).toBeGreaterThan(before.size);
    expect(after.revision).toBe(libraryRevision(sqlite));
    expect(snapshotRevision(dir)).toBe(after.revision);
  });

  it("is loaded by a restarted server instead of read from the library, and answers the same", async () => {
    await importSeed(0);
    await importSeed(2);
    const first = createIndexSource(() => sqlite, loadSearchDocuments, { snapshotDir: dir, backgroundFrom: 1 });
    const built = first();
    await first.settled();
    const restarted = createIndexSource(() => sqlite, neverRead, { snapshotDir: dir, backgroundFrom: 1 });
    const loaded = restarted();
    expect(loaded).not.toBe(built);
    expect(loaded.revision).toBe(built.revision);
    for (const params of QUERIES) expect(search(loaded, params)).toEqual(search(built, params));
  });

  it("of an older library is answered from at start and replaced in the background", async () => {
    await importSeed(0);
    const first = createIndexSource(() => sqlite, loadSearchDocuments, { snapshotDir: dir, backgroundFrom: 1 });
    const old = first();
    await first.settled();
    await importSeed(2);
    const restarted = createIndexSource(() => sqlite, neverRead, { snapshotDir: dir, backgroundFrom: 1 });
    expect(restarted().revision).toBe(old.revision);
    await restarted.settled();
    expect(restarted().revision).toBe(libraryRevision(sqlite));
    expect(restarted().size).toBeGreaterThan(old.size);
  });

  it("that cannot be read is rebuilt from the library, and said so", async () => {
    await importSeed(0);
    const first = createIndexSource(() => sqlite, loadSearchDocuments, { snapshotDir: dir, backgroundFrom: 1 });
    const built = first();
    await first.settled();
    fs.writeFileSync(path.join(dir, "arrays.bin"), "broken");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const restarted = createIndexSource(() => sqlite, loadSearchDocuments, { snapshotDir: dir, backgroundFrom: 1 });
    expect(restarted().size).toBe(built.size);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/unreadable/), expect.anything());
    logged.mockRestore();
    await restarted.settled();
  });
});
