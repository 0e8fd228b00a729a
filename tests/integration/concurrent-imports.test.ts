// Two writers at once: imports from two processes, or from a process and this one,
// queue on SQLite's write lock (busy timeout) and land one after the other, whole.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, writeCorpus } from "../../lib/corpus/dumps";
import { openSqlite, type SqliteDatabase } from "../../lib/db/sqlite";
import { importFiles } from "../../lib/import/import-files";
import { INSIDE_IMPORT_TRANSACTION, startImportCli, type CliChild } from "../helpers/cli-child";
import { integrityCheck, libraryFingerprint } from "../helpers/library-state";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let dir: string;
let sets: { A: string[]; B: string[] };
const databases: TestDatabase[] = [];
const connections: SqliteDatabase[] = [];
const children: CliChild[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "abstracta-concurrent-"));
  // Small files, dealt alternately into two sets: papers shown in two layouts often land
  // in both, so the second batch merges into what the first one wrote.
  const files = writeCorpus(path.join(dir, "corpus"), buildCorpus({ papers: 1_500, maxPerFile: 150 }));
  sets = { A: files.filter((_, i) => i % 2 === 0), B: files.filter((_, i) => i % 2 === 1) };
});
afterEach(async () => {
  for (const child of children.splice(0)) child.process.kill("SIGKILL");
  for (const c of connections.splice(0)) c.close();
  await Promise.all(databases.splice(0).map((d) => d.cleanup()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function library(): Promise<{ db: TestDatabase; sqlite: SqliteDatabase }> {
  const db = await createTestDatabase();
  databases.push(db);
  const sqlite = openSqlite(db.url);
  connections.push(sqlite);
  return { db, sqlite };
}

const references = new Map<string, ReturnType<typeof libraryFingerprint>>();
/** The library of importing the sets one after the other in this order, in this process. */
async function sequentialLibrary(order: ("A" | "B")[]): Promise<ReturnType<typeof libraryFingerprint>> {
  const key = order.join("");
  if (!references.has(key)) {
    const { sqlite } = await library();
    for (const set of order) await importFiles(sqlite, sets[set]);
    references.set(key, libraryFingerprint(sqlite));
  }
  return references.get(key)!;
}

/** Which set each import batch holds, in the order they were committed. */
function batchOrder(sqlite: SqliteDatabase): ("A" | "B")[] {
  const rows = sqlite.prepare<[], { sourceNames: string }>('SELECT "sourceNames" FROM "ImportBatch" ORDER BY "id"').all();
  return rows.map((r) => {
    const names = JSON.parse(r.sourceNames) as string[];
    if (names.join() === sets.A.join()) return "A";
    if (names.join() === sets.B.join()) return "B";
    throw new Error(`a batch of neither set: ${r.sourceNames}`);
  });
}

function expectWhole(sqlite: SqliteDatabase): void {
  expect(integrityCheck(sqlite)).toBe("ok");
  const twice = sqlite.prepare('SELECT "arxivId" FROM "Paper" WHERE "arxivId" IS NOT NULL GROUP BY "arxivId" HAVING count(*) > 1').all();
  expect(twice).toEqual([]);
}

describe("two imports at the same moment", () => {
  it("two import CLIs started together both complete, and the library is what importing their batches one after the other gives", { timeout: 120_000 }, async () => {
    const { db, sqlite } = await library();
    const first = startImportCli(db.url, sets.A);
    const second = startImportCli(db.url, sets.B);
    children.push(first, second);
    const results = await Promise.all([first.exited, second.exited]);
    expect(results, first.stderr() + second.stderr()).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);

    const order = batchOrder(sqlite);
    expect([...order].sort()).toEqual(["A", "B"]);
    expectWhole(sqlite);
    expect(libraryFingerprint(sqlite)).toEqual(await sequentialLibrary(order));
  });

  it("an import in this process waits for a CLI import holding the write lock, then lands after it, whole", { timeout: 120_000 }, async () => {
    const { db, sqlite } = await library();
    const cli = startImportCli(db.url, sets.A);
    children.push(cli);
    await cli.waitForLine(INSIDE_IMPORT_TRANSACTION);
    // The CLI holds the write lock until it commits: this import blocks on it, then runs.
    const summary = await importFiles(sqlite, sets.B);
    expect(await cli.exited, cli.stderr()).toEqual({ code: 0, signal: null });

    expect(batchOrder(sqlite)).toEqual(["A", "B"]);
    expect(summary.batchId).toBe(2);
    expectWhole(sqlite);
    expect(libraryFingerprint(sqlite)).toEqual(await sequentialLibrary(["A", "B"]));
  });
});
