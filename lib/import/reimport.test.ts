// Re-importing a dump changes nothing, even when the library learnt something in between
// that makes one of its records score as well against another stored paper.
import { describe, expect, it } from "vitest";
import { useTestLibrary, type TestDatabase } from "../../tests/helpers/test-db";
import type { SqliteDatabase } from "../db/sqlite";
import { parseDump } from "./parse-dump";
import { importDumps } from "./store";

let db: TestDatabase;
let sqlite: SqliteDatabase;
useTestLibrary((opened) => ({ db, sqlite } = opened));

const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i.toString(36)}`).join(" ");
const card = (title: string, abstract: string) => ["LGJun 12, 2023", `${title}Ada Lovelace, Alan Turing`, abstract].join("\n");
const importText = (text: string) => importDumps(sqlite, [parseDump(text, "feed.txt")], [text]);

describe("re-importing", () => {
  it("keeps each record with the paper it was stored with when a stored paper later ties with it", () => {
    const full = `We prove limitations on what ${words("w", 120)}.`;
    importText(card("Limits of learning", full));
    // Same title twice: one entry cut after five words, one whose five words run into other text.
    const second = [card("Limits of learning", `We prove limitations on what ${words("x", 100)}.`), card("Limits of learning", "We prove limitations on what")].join("\n");
    expect(importText(second)).toMatchObject({ papersNew: 1, papersMerged: 1 });
    const sources = () => sqlite.prepare('SELECT "paperId", "lineStart" FROM "PaperSource" ORDER BY "id"').all();
    const before = sources();
    expect(importText(second)).toMatchObject({ batchId: null, papersNew: 0, papersMerged: 0, papersUnchanged: 2 });
    expect(sources()).toEqual(before);
  });
});
