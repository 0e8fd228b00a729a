import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import type { SqliteDatabase } from "../db/sqlite";
import { seedFiles } from "../../tests/fixtures/seeds";
import { useTestLibrary, type TestDatabase } from "../../tests/helpers/test-db";
import { getBatch, listBatches } from "./history";
import { importFiles } from "./import-files";
import { previewImport } from "./preview";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));
const input = (file: string) => ({ file: path.basename(file), text: fs.readFileSync(file, "utf8") });

describe("the import preview and history", () => {
  it("previews which stored papers a dump merges with, and why, writing nothing", async () => {
    const [, list, , , feed] = seedFiles();
    await importFiles(sqlite, [list!]);
    const preview = previewImport(sqlite, [input(feed!)]);
    expect(preview.files).toEqual([expect.objectContaining({ format: "alphaxiv-feed", records: 19 })]);
    expect(preview.summary).toMatchObject({ papersNew: 9, papersMerged: 10, papersUnchanged: 0 });
    const rank = preview.papers.find((p) => p.title === "Transformers learn through gradual rank increase")!;
    expect(rank).toMatchObject({ kind: "merged", key: "2306.07042", mergesWith: { key: "2306.07042", reason: "same abstract text" } });
    const fact = preview.papers.find((p) => p.title?.startsWith("The Features at Convergence"))!;
    expect(fact.mergesWith?.reason).toMatch(/rewritten abstract/);
    expect(sqlite.prepare("SELECT count(*) AS n FROM Paper").get()).toEqual({ n: 10 });
  });

  it("lists every batch, newest first, and what one batch changed", async () => {
    const [, list, , , feed] = seedFiles();
    const first = await importFiles(sqlite, [list!]);
    const second = await importFiles(sqlite, [feed!]);
    expect(listBatches(sqlite).map((b) => [b.id, b.kind, b.papersNew, b.papersMerged])).toEqual([
      [second.batchId, "import", 9, 10],
      [first.batchId, "import", 10, 0],
    ]);
    const detail = getBatch(sqlite, second.batchId!)!;
    expect(detail.papers.filter((p) => p.change === "merged")).toHaveLength(10);
    expect(detail.papers.filter((p) => p.change === "new")).toHaveLength(9);
    expect(getBatch(sqlite, 999)).toBeNull();
  });
});
