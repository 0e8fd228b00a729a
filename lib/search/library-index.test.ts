import { describe, expect, it } from "vitest";
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { importFiles, parseInputs } from "../import/import-files";
import { readInputs } from "../import/read-inputs";
import { importDumps } from "../import/store";
import { seedFiles } from "../../tests/fixtures/seeds";
import { useTestLibrary, type TestDatabase } from "../../tests/helpers/test-db";
import { loadSearchDocuments } from "./documents";
import { createIndexSource } from "./library-index";
import { searchParamsSchema } from "./params";
import { search } from "./search";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));

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

  it("an index built while another connection commits an import holds the library of one moment, and is rebuilt after", async () => {
    const [first, , hf] = seedFiles();
    await importFiles(sqlite, [first!]);
    const inputs = await readInputs([hf!]);
    const dumps = parseInputs(inputs);
    const writer = openSqlite(db.url);
    const seen: number[] = [];
    // The first build's import lands between its first and second read of the library.
    const index = createIndexSource(() => sqlite, (reader) => {
      const documents = loadSearchDocuments(reader);
      if (seen.length > 0) return documents;
      importDumps(writer, dumps, inputs.map((i) => i.text));
      seen.push(documents.length, loadSearchDocuments(reader).length);
      return documents;
    });
    const during = index();
    writer.close();
    expect(seen[1]).toBe(seen[0]);
    expect(during.size).toBe(seen[0]!);
    // Stamped with the revision its documents came from, so the next call sees the import.
    const after = index();
    expect(after).not.toBe(during);
    expect(after.size).toBeGreaterThan(during.size);
  });
});
