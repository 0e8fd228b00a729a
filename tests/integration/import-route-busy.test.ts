// A browser import that meets another writer (a CLI import holding the write lock) answers
// 503 with Retry-After after a short wait, writes nothing, and succeeds once the lock is
// free: the synchronous driver must not stall the whole server for the busy timeout.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openSqlite, type SqliteDatabase } from "../../lib/db/sqlite";
import { SERVER_WRITE_WAIT_MS } from "../../lib/http/server-writes";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const TOKEN = "busy-test-token";
const ARXIV_ABS = readFileSync(path.join(__dirname, "../fixtures/layouts/arxiv-abs.txt"), "utf8");

let db: TestDatabase;
let importPost: (request: Request) => Promise<Response>;
let closeLibrary: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", db.url);
  vi.stubEnv("IMPORT_TOKEN", TOKEN);
  vi.resetModules(); // lib/env reads the environment once, when first imported
  importPost = (await import("../../app/api/import/route")).POST;
  const { libraryDb } = await import("../../lib/http/library-db");
  closeLibrary = () => libraryDb().close();
});

afterAll(async () => {
  closeLibrary();
  vi.unstubAllEnvs();
  await db.cleanup();
});

const importRequest = () =>
  new Request("http://library.test/api/import", {
    method: "POST",
    headers: { host: "library.test", "content-type": "text/plain", authorization: `Bearer ${TOKEN}` },
    body: ARXIV_ABS,
  });

const papers = (sqlite: SqliteDatabase) => sqlite.prepare('SELECT count(*) FROM "Paper"').pluck().get();

it("answers 503 with Retry-After while another process holds the write lock, then imports once it is free", async () => {
  const other = openSqlite(db.url);
  try {
    other.prepare("BEGIN IMMEDIATE").run(); // what a CLI import holds for its whole batch
    const started = performance.now();
    const refused = await importPost(importRequest());
    const waited = performance.now() - started;
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/another import is writing/);
    // It gave up after the short wait, not the connection's two-minute busy timeout.
    expect(waited).toBeLessThan(SERVER_WRITE_WAIT_MS * 5);
    other.prepare("ROLLBACK").run();
    expect(papers(other)).toBe(0);

    const accepted = await importPost(importRequest());
    expect(accepted.status).toBe(201);
    expect(papers(other)).toBeGreaterThan(0);
  } finally {
    other.close();
  }
});
