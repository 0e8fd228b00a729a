// The write endpoints' guards, called as route handlers with Request objects over a real
// SQLite file: no token, a wrong token, a cross-site post riding on the cookie, and the
// per-client rate limit. The server runs behind one trusted proxy here (TRUSTED_PROXY=1),
// so each test speaks from its own X-Forwarded-For address and has its own windows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE, signSession } from "../../lib/auth/session-cookie";
import { sameSecret } from "../../lib/auth/same-secret";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

// Spy on the one comparison of secrets, to see the wrong token go through it.
vi.mock("../../lib/auth/same-secret", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lib/auth/same-secret")>();
  return { sameSecret: vi.fn(actual.sameSecret) };
});

const TOKEN = "route-test-token";
const ORIGIN = "http://library.test";
const ARXIV_ABS = readFileSync(path.join(__dirname, "../fixtures/layouts/arxiv-abs.txt"), "utf8");

type Routes = {
  importPost: (request: Request) => Promise<Response>;
  sessionPost: (request: Request) => Promise<Response>;
  signOutPost: (request: Request) => Response;
  undoPost: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
};

let db: TestDatabase;
let routes: Routes;
let closeLibrary: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", db.url);
  vi.stubEnv("IMPORT_TOKEN", TOKEN);
  vi.stubEnv("IMPORT_RATE_LIMIT", "10");
  vi.stubEnv("TRUSTED_PROXY", "1");
  // lib/env reads the environment once, when first imported: import the routes afresh.
  vi.resetModules();
  routes = {
    importPost: (await import("../../app/api/import/route")).POST,
    sessionPost: (await import("../../app/api/import/session/route")).POST,
    signOutPost: (await import("../../app/api/import/session/sign-out/route")).POST,
    undoPost: (await import("../../app/api/import/batches/[id]/undo/route")).POST,
  };
  const { libraryDb } = await import("../../lib/http/library-db");
  closeLibrary = () => libraryDb().close();
});

afterAll(async () => {
  closeLibrary();
  vi.unstubAllEnvs();
  await db.cleanup();
});

beforeEach(() => {
  vi.mocked(sameSecret).mockClear();
});

let lastAddress = 0;
/** A client address no other test has used: a fresh rate-limit window. */
const newClient = () => `203.0.113.${++lastAddress}`;

const sessionCookie = () => `${SESSION_COOKIE}=${signSession(TOKEN, new Date(Date.now() + 60_000))}`;

function post(pathAndQuery: string, client: string, headers: Record<string, string> = {}, body?: string): Request {
  return new Request(`${ORIGIN}${pathAndQuery}`, {
    method: "POST",
    headers: { host: "library.test", "x-forwarded-for": `10.9.9.9, ${client}`, ...headers },
    body,
  });
}

const importRequest = (client: string, headers: Record<string, string> = {}, query = "?dryRun=1") =>
  post(`/api/import${query}`, client, { "content-type": "text/plain", ...headers }, ARXIV_ABS);

const signInRequest = (client: string, body: unknown, headers: Record<string, string> = {}) =>
  post("/api/import/session", client, { "content-type": "application/json", ...headers }, JSON.stringify(body));

const undo = (id: number, request: Request) => routes.undoPost(request, { params: Promise.resolve({ id: String(id) }) });

const bearer = { authorization: `Bearer ${TOKEN}` };

async function importedBatchId(): Promise<number> {
  const response = await routes.importPost(importRequest(newClient(), bearer, ""));
  expect(response.status).toBe(201);
  return ((await response.json()) as { batchId: number }).batchId;
}

describe("POST /api/import", () => {
  it("without a token is 401, asking for a Bearer token", async () => {
    const response = await routes.importPost(importRequest(newClient()));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="abstracta-import"');
    expect((await response.json()).error).toMatch(/needs the import token/);
  });

  it("with a wrong token is 401, after comparing it with the constant-time compare", async () => {
    const response = await routes.importPost(importRequest(newClient(), { authorization: "Bearer not-the-token" }));
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe("the import token is wrong");
    expect(sameSecret).toHaveBeenCalledWith("not-the-token", TOKEN);
  });

  it("a cross-site post carrying the session cookie is refused with 403, by Origin or by Sec-Fetch-Site", async () => {
    const cookie = sessionCookie();
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of crossSite) {
      const response = await routes.importPost(importRequest(newClient(), { cookie, ...headers }));
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error).toMatch(/another site/);
    }
  });

  it("the same post from the site itself, with the cookie, is served", async () => {
    const response = await routes.importPost(importRequest(newClient(), { cookie: sessionCookie(), origin: ORIGIN, "sec-fetch-site": "same-origin" }));
    expect(response.status).toBe(200);
    expect((await response.json()).papers).toHaveLength(2);
  });

  it("the 11th import request in a minute from one client is 429 with Retry-After; other clients are still served", async () => {
    const client = newClient();
    // Guesses at the token count: the limit comes before the token check.
    for (let i = 0; i < 10; i++) {
      expect((await routes.importPost(importRequest(client, { authorization: `Bearer guess-${i}` }, ""))).status).toBe(401);
    }
    const refused = await routes.importPost(importRequest(client, bearer, ""));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ error: `too many imports: at most 10 a minute; try again in ${retryAfter} seconds`, retryAfter });
    expect(sameSecret).not.toHaveBeenCalledWith(TOKEN, TOKEN); // refused before the token was looked at

    expect((await routes.importPost(importRequest(newClient(), { authorization: "Bearer guess" }, ""))).status).toBe(401);
  });

  it("previews, sent as someone edits a paste, have a larger allowance than imports", async () => {
    const client = newClient();
    for (let i = 0; i < 60; i++) expect((await routes.importPost(importRequest(client))).status).toBe(401);
    expect((await routes.importPost(importRequest(client))).status).toBe(429);
    // Imports keep their own window.
    expect((await routes.importPost(importRequest(client, {}, ""))).status).toBe(401);
  });
});

describe("POST /api/import/session", () => {
  it("with the right token sets an httpOnly, SameSite=Strict session cookie", async () => {
    const response = await routes.sessionPost(signInRequest(newClient(), { token: TOKEN }));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=.+; HttpOnly; SameSite=Strict$`));
  });

  it("without a token is 401", async () => {
    for (const body of [{}, { token: "" }]) {
      const response = await routes.sessionPost(signInRequest(newClient(), body));
      expect(response.status, JSON.stringify(body)).toBe(401);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("with a wrong token is 401, after the constant-time compare, and sets no cookie", async () => {
    const response = await routes.sessionPost(signInRequest(newClient(), { token: "not-the-token" }));
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(sameSecret).toHaveBeenCalledWith("not-the-token", TOKEN);
  });

  it("a sign-in posted from another site is refused with 403, even with the right token", async () => {
    const response = await routes.sessionPost(signInRequest(newClient(), { token: TOKEN }, { origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("the 11th sign-in attempt in a minute is 429 with Retry-After, even with the right token; the form is sent back with a message", async () => {
    const client = newClient();
    for (let i = 0; i < 10; i++) expect((await routes.sessionPost(signInRequest(client, { token: `guess-${i}` }))).status).toBe(401);
    const refused = await routes.sessionPost(signInRequest(client, { token: TOKEN }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatch(/^too many sign-in attempts: at most 10 a minute; try again in \d+ seconds?$/);
    expect(refused.headers.get("set-cookie")).toBeNull();

    const form = post("/api/import/session", client, { "content-type": "application/x-www-form-urlencoded" }, `token=${TOKEN}`);
    const redirect = await routes.sessionPost(form);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toBe("/import?refused=rate-limited");
  });

  it("signing out from another site is refused with 403; from the site itself the cookie is cleared", async () => {
    const crossSite = routes.signOutPost(post("/api/import/session/sign-out", newClient(), { origin: "https://evil.example" }));
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get("set-cookie")).toBeNull();
    const sameSite = routes.signOutPost(post("/api/import/session/sign-out", newClient(), { origin: ORIGIN }));
    expect(sameSite.status).toBe(204);
    expect(sameSite.headers.get("set-cookie")).toMatch(/Max-Age=0/);
  });
});

describe("POST /api/import/batches/<id>/undo", () => {
  let batchId: number;
  beforeAll(async () => {
    batchId = await importedBatchId();
  });

  it("without a token is 401 and undoes nothing", async () => {
    expect((await undo(batchId, post("/api/import/batches/x/undo", newClient()))).status).toBe(401);
  });

  it("with a wrong token is 401, after the constant-time compare", async () => {
    expect((await undo(batchId, post("/api/import/batches/x/undo", newClient(), { authorization: "Bearer not-the-token" }))).status).toBe(401);
    expect(sameSecret).toHaveBeenCalledWith("not-the-token", TOKEN);
  });

  it("a cross-site post carrying the session cookie is refused with 403", async () => {
    const request = post("/api/import/batches/x/undo", newClient(), { cookie: sessionCookie(), origin: "https://evil.example" });
    expect((await undo(batchId, request)).status).toBe(403);
  });

  it("with the token it undoes the batch once; again is 409", async () => {
    const response = await undo(batchId, post("/api/import/batches/x/undo", newClient(), bearer));
    expect(response.status).toBe(200);
    expect((await response.json()).undoneBatchId).toBe(batchId);
    expect((await undo(batchId, post("/api/import/batches/x/undo", newClient(), bearer))).status).toBe(409);
  });

  it("the 11th undo request in a minute from one client is 429 with Retry-After", async () => {
    const client = newClient();
    for (let i = 0; i < 10; i++) expect((await undo(99_999, post("/api/import/batches/x/undo", client, bearer))).status).toBe(404);
    const refused = await undo(99_999, post("/api/import/batches/x/undo", client, bearer));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatch(/^too many undos: at most 10 a minute/);
  });
});
