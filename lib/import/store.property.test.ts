// Properties of storing imports in a real SQLite file, over generated broken dumps: an
// import writes its whole batch or nothing, and importing the same text again changes
// nothing, even after another import taught the library something. Each run gets a fresh
// library (a copy of the migrated base file). Also: validateRecords over arbitrary records.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyDump, relatedBrokenSeeds } from "../../tests/helpers/dump-arbitraries";
import { createTestDatabase } from "../../tests/helpers/test-db";
import { openSqlite, type SqliteDatabase } from "../db/sqlite";
import { parseDump, type ParsedDump } from "./parse-dump";
import { parsedRecordSchema } from "./record-schema";
import { importDumps, validateRecords } from "./store";
import { ImportError, type ParsedRecord } from "./types";

/** Runs `use` on a fresh library, then deletes it. */
async function withLibrary(use: (sqlite: SqliteDatabase) => void): Promise<void> {
  const db = await createTestDatabase();
  const sqlite = openSqlite(db.url);
  try {
    use(sqlite);
  } finally {
    sqlite.close();
    await db.cleanup();
  }
}

/** Every row of every table, to compare the library before and after. */
function library(sqlite: SqliteDatabase): Record<string, unknown[]> {
  const tables = sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name").all();
  return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** The dumps parsed, or null when a text is in no layout (an ImportError, as it must be). */
function parseTexts(texts: string[]): ParsedDump[] | null {
  try {
    return texts.map((text, i) => parseDump(text, `file-${i}.txt`));
  } catch (error) {
    if (error instanceof ImportError) return null;
    throw error;
  }
}

/** Two imports into one library: hostile cuts of the same part of a seed, sometimes random text. */
const twoImports = fc.oneof({ weight: 4, arbitrary: relatedBrokenSeeds }, { weight: 1, arbitrary: fc.tuple(anyDump, anyDump) });

// Tables an import writes; a temporary trigger fails the k-th new row of one of them.
const WRITTEN = ["Paper", "Author", "PaperAuthor", "PaperCategory", "AbstractVersion", "PaperSource", "MatchKey", "PossibleDuplicate", "ImportBatch"];

function failOnRow(sqlite: SqliteDatabase, table: string, k: number): () => void {
  const count = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  sqlite.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main."${table}"
    WHEN (SELECT count(*) FROM main."${table}") >= ${count + k} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
  return () => sqlite.exec("DROP TRIGGER temp.fail_import");
}

describe("storing generated dumps in SQLite", () => {
  it(
    "an import that fails part-way leaves every table as it was",
    async () => {
      let failed = 0;
      await fc.assert(
        fc.asyncProperty(twoImports, fc.constantFrom(...WRITTEN), fc.nat(40), ([a, b], table, k) =>
          withLibrary((sqlite) => {
            const [first, second] = [parseTexts([a]), parseTexts([b])];
            if (!first || !second) return;
            importDumps(sqlite, first, [a]); // a library to merge into
            const before = library(sqlite);
            const restore = failOnRow(sqlite, table, k);
            try {
              importDumps(sqlite, second, [b]);
            } catch (error) {
              expect(String(error)).toMatch(/injected failure/);
              expect(library(sqlite)).toEqual(before);
              failed++;
            } finally {
              restore();
            }
          }),
        ),
        { numRuns: 60 },
      );
      expect(failed).toBeGreaterThan(0); // the trigger did fire: the property was tested
    },
    120_000,
  );

  it(
    "an import writes its whole batch: importing the same text again, even after another import, changes no row",
    async () => {
      let imported = 0;
      await fc.assert(
        // The second import teaches the library something (a new abstract version, a
        // title) about papers of the first before each comes again.
        fc.asyncProperty(twoImports, ([a, b]) =>
          withLibrary((sqlite) => {
            const [first, second] = [parseTexts([a]), parseTexts([b])];
            if (!first || !second) return;
            const reimport = (text: string) => importDumps(sqlite, parseTexts([text])!, [text]);
            const summary = importDumps(sqlite, first, [a]);
            const afterFirst = library(sqlite);
            const papers = summary.papersNew + summary.papersMerged + summary.papersUnchanged;
            expect(reimport(a)).toMatchObject({ batchId: null, papersNew: 0, papersMerged: 0, papersUnchanged: papers });
            expect(library(sqlite)).toEqual(afterFirst);
            importDumps(sqlite, second, [b]);
            const afterSecond = library(sqlite);
            for (const text of [b, a]) expect(reimport(text)).toMatchObject({ batchId: null, papersNew: 0, papersMerged: 0 });
            expect(library(sqlite)).toEqual(afterSecond);
            if (summary.batchId !== null) imported++;
          }),
        ),
        { numRuns: 100 },
      );
      expect(imported).toBeGreaterThan(0);
    },
    120_000,
  );
});

const text = (max: number) => fc.string({ unit: "binary", maxLength: max });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const record: fc.Arbitrary<ParsedRecord> = fc.record({
  arxivId: nullable(fc.oneof(fc.constantFrom("2302.11055", "math/0601001", "cs.LG/0601001"), text(20))),
  arxivVersion: nullable(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double())),
  title: nullable(fc.oneof(text(30), fc.constantFrom("", "x".repeat(1001)))),
  authors: fc.array(fc.oneof(text(20), fc.constant("")), { maxLength: 4 }),
  authorsTruncated: fc.boolean(),
  organization: nullable(text(20)),
  publishedAt: nullable(fc.oneof(fc.constantFrom("2023-06-12", "2023-06", "2023-6-1"), text(10))),
  categories: fc.array(fc.constantFrom("cs.LG", "", "x".repeat(41)), { maxLength: 22 }),
  comments: nullable(text(20)),
  abstract: nullable(fc.oneof(text(40), fc.constant(""))),
  source: fc.record({ file: fc.constant("r.txt"), line: fc.integer({ min: -1, max: 9 }), endLine: fc.integer({ min: 1, max: 9 }), format: fc.constant("abstract-lines") }),
});

describe("validating records", () => {
  it("accepts exactly the records the schema accepts, and fails on the others with an ImportError at the record's line", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 4 }), (records) => {
        const dump = { records, warnings: [], chrome: [], file: "r.txt", format: "abstract-lines", lineCount: 9 };
        const firstBad = records.find((r) => !parsedRecordSchema.safeParse(r).success);
        if (!firstBad) {
          expect(validateRecords([dump])).toEqual(records);
        } else {
          expect(() => validateRecords([dump])).toThrow(ImportError);
          expect(() => validateRecords([dump])).toThrow(new RegExp(`^r\\.txt(:${firstBad.source.line})?: `));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
