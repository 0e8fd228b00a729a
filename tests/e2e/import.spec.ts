// Importing from the browser (the web server runs with IMPORT_TOKEN="e2e-secret-token"
// over the seed library): the token prompt, the live preview, an import that is
// searchable at once, its undo from the history, and the guards (size, token, origin).
// Every import made here is undone, so the later specs see the 148 seed papers again.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const TOKEN = "e2e-secret-token";
const BEARER = { authorization: `Bearer ${TOKEN}` };
const ROOT = path.resolve(__dirname, "../..");
const ARXIV_ABS = readFileSync(path.join(ROOT, "tests/fixtures/layouts/arxiv-abs.txt"), "utf8");
const SEED_004_FILE = path.join(ROOT, "seeds/004_2bac27b3d9ad97e2.txt");
const SIX_MB = "x".repeat(6 * 1024 * 1024);
const GROKKING = "Progress measures for grokking via mechanistic interpretability";
const PARITIES = "Hidden Progress in Deep Learning: SGD Learns Parities Near the Computational Limit";

test.describe.configure({ mode: "serial" });

const pasteBox = (page: Page) => page.getByRole("textbox", { name: "Paste a dump" });
// Scoped to main: Next's route announcer is an (empty) alert too.
const alert = (page: Page) => page.getByRole("main").getByRole("alert");
const previewStatus = (page: Page) => page.getByRole("region", { name: "Preview" }).getByRole("status");

async function signIn(page: Page) {
  await page.goto("/import");
  await page.getByLabel("Import token", { exact: true }).fill(TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(pasteBox(page)).toBeVisible();
}

type Batch = { id: number; kind: string; sourceNames: string[]; undoneAt: string | null };

async function batches(api: APIRequestContext): Promise<Batch[]> {
  return ((await (await api.get("/api/import/batches")).json()) as { batches: Batch[] }).batches;
}

test.afterAll(async ({ playwright }, testInfo) => {
  // A failed test may leave an import behind; undo it so the other specs see the seeds.
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: BEARER });
  for (const b of await batches(api)) {
    if (b.id > 1 && b.kind === "import" && !b.undoneAt) await api.post(`/api/import/batches/${b.id}/undo`);
  }
  await api.dispose();
});

test("a wrong import token is refused with a message; the right one is remembered across reloads", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByRole("heading", { name: "Enter the import token" })).toBeVisible();
  await page.getByLabel("Import token", { exact: true }).fill("not-the-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert(page)).toHaveText(/That is not the import token/);
  await expect(pasteBox(page)).toHaveCount(0);

  await page.getByLabel("Import token", { exact: true }).fill(TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(pasteBox(page)).toBeVisible();
  await page.reload();
  await expect(pasteBox(page)).toBeVisible();
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ name: "abstracta_import", httpOnly: true, sameSite: "Strict" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Enter the import token" })).toBeVisible();
});

test.describe("the preview", () => {
  // Chrome logs the preview request that the 422 answers.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 422/] });

  test("the preview shows what each paste would do, and writes nothing", async ({ page, request }) => {
    const before = (await batches(request)).length;
    await signIn(page);

    await pasteBox(page).fill(ARXIV_ABS);
    await expect(previewStatus(page)).toHaveText("2 papers in 1 file: 2 new, 0 merged, 0 unchanged");
    await expect(page.getByRole("list", { name: "Files read" })).toContainText("pasted text read as arxiv-abs");
    const fresh = page.getByRole("region", { name: /New papers/ });
    await expect(fresh.getByRole("heading", { name: GROKKING })).toBeVisible();
    await expect(fresh.getByRole("heading", { name: PARITIES })).toBeVisible();
    await expect(fresh).toContainText("arXiv:2301.05217");
    await expect(page.getByRole("button", { name: "Import 2 papers" })).toBeEnabled();

    // A seed dump read from its file: the same lines of the same file, so nothing changes.
    await pasteBox(page).fill("");
    await page.getByLabel("Choose .txt files").setInputFiles(SEED_004_FILE);
    await expect(page.getByRole("list", { name: "Files", exact: true })).toContainText("004_2bac27b3d9ad97e2.txt");
    await expect(previewStatus(page)).toHaveText("19 papers in 1 file: 0 new, 0 merged, 19 unchanged");
    await expect(page.getByRole("list", { name: "Files read" })).toContainText("004_2bac27b3d9ad97e2.txt read as alphaxiv-feed");
    await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();
    // Each unchanged paper links to the stored paper it already is.
    await expect(page.getByRole("link", { name: "Let Me Think! A Long Chain-of-Thought Can Be Worth Exponentially Many Short Ones" })).toHaveAttribute(
      "href",
      "/papers/2505.21825",
    );

    await page.getByRole("button", { name: "Remove 004_2bac27b3d9ad97e2.txt" }).click();
    await pasteBox(page).fill("just a sentence, in no layout at all");
    await expect(alert(page)).toContainText("No preview: pasted text:1: text in no known layout");

    expect((await batches(request)).length).toBe(before);
  });
});

test("an imported paste is searchable at once; undoing it from the history takes its papers away", async ({ page, request }) => {
  await signIn(page);
  await pasteBox(page).fill(ARXIV_ABS);
  await page.getByRole("button", { name: "Import 2 papers" }).click();
  const result = page.getByRole("status").filter({ hasText: /Imported as batch/ });
  await expect(result).toContainText("2 new, 0 merged, 0 unchanged");
  const batchId = Number(/#(\d+)/.exec((await result.getByRole("heading").textContent()) ?? "")?.[1]);
  expect(batchId).toBeGreaterThan(1);
  await expect(pasteBox(page)).toHaveValue("");

  await page.goto("/?q=grokking");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { name: GROKKING })).toBeVisible();

  await page.goto("/import/history");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: `Import #${batchId}`, exact: true }) });
  await expect(row).toContainText("pasted text");
  await expect(row).toContainText("2 new, 0 merged, 0 unchanged");
  await expect(row).toContainText("in the library");
  await row.getByRole("link", { name: `Import #${batchId}` }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Import #${batchId}`);
  await expect(page.getByRole("link", { name: GROKKING })).toHaveAttribute("href", "/papers/2301.05217");
  await page.getByRole("link", { name: "Undo this import…" }).click();
  await page.getByRole("button", { name: `Yes, undo import #${batchId}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Undo #\d+$/);
  await expect(page.getByText("2 removed, 0 restored")).toBeVisible();

  await page.goto("/?q=grokking");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: GROKKING })).toHaveCount(0);
  await page.goto("/papers/2301.05217");
  await expect(page.getByRole("heading", { name: "This paper is no longer in the library" })).toBeVisible();
  await expect(page.getByText(`removed when import #${batchId} was undone`)).toBeVisible();
  expect((await request.get("/papers/2301.05217/bibtex")).status()).toBe(410);

  await page.goto("/import/history");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: `Import #${batchId}`, exact: true }) })).toContainText("undone by");

  // Undoing again, or undoing nothing, is refused by the API.
  expect((await request.post(`/api/import/batches/${batchId}/undo`, { headers: BEARER })).status()).toBe(409);
  expect((await request.post("/api/import/batches/99999/undo", { headers: BEARER })).status()).toBe(404);
});

test("a paste over 5 MB is refused with a clear message, by the API and on the page before sending", async ({ page, request }) => {
  const response = await request.post("/api/import?dryRun=1", { headers: { ...BEARER, "content-type": "text/plain" }, data: SIX_MB });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: "the paste is 6.0 MB; the limit is 5 MB" });

  await signIn(page);
  const sent: string[] = [];
  page.on("request", (r) => r.url().includes("/api/import") && sent.push(r.url()));
  await pasteBox(page).fill(SIX_MB);
  await expect(alert(page)).toHaveText(/the paste is 6\.0 MB; the limit is 5 MB/);
  await page.waitForTimeout(600); // past the preview's debounce
  expect(sent).toEqual([]);
});

test("the import API answers 401 without the token, 422 for text in no layout, 403 for a cross-site post with the cookie", async ({ page, request }) => {
  const dryRun = (headers: Record<string, string>, data = ARXIV_ABS) =>
    request.post("/api/import?dryRun=1", { headers: { "content-type": "text/plain", ...headers }, data });

  const anonymous = await dryRun({});
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toMatch(/needs the import token/);
  expect((await dryRun({ authorization: "Bearer wrong" })).status()).toBe(401);
  expect((await request.post("/api/import/batches/1/undo")).status()).toBe(401);

  const malformed = await dryRun(BEARER, "just a sentence, in no layout at all");
  expect(malformed.status()).toBe(422);
  expect((await malformed.json()).error).toMatch(/^pasted text:1: text in no known layout/);

  // The page's context holds the session cookie; its request client sends it.
  await signIn(page);
  const post = (origin: string) => page.request.post("/api/import?dryRun=1", { headers: { "content-type": "text/plain", origin }, data: ARXIV_ABS });
  const crossSite = await post("https://evil.example");
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error).toMatch(/another site/);
  expect((await post(new URL(page.url()).origin)).status()).toBe(200);
});

test("the import pages have no serious accessibility violations, light or dark, and fit a 390px phone", async ({ page }) => {
  // A dozen axe runs take 26-32 s on a loaded 2-core machine: a generous guard, not a speed check.
  test.slow();
  const seriousViolations = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${label}: ${v.id}`);
  };
  const fitsPhone = async (label: string) => expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(390);
  for (const [width, colorScheme] of [[1280, "light"], [1280, "dark"], [390, "light"]] as const) {
    await page.context().clearCookies();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    const label = (url: string) => `${url} at ${width}px, ${colorScheme}`;
    const check = async (url: string) => {
      expect(await seriousViolations(label(url))).toEqual([]);
      if (width === 390) await fitsPhone(label(url));
    };
    await page.goto("/import");
    await check("/import (token)");
    await signIn(page);
    await pasteBox(page).fill(ARXIV_ABS);
    await expect(previewStatus(page)).toHaveText(/2 new/);
    await check("/import (preview)");
    for (const url of ["/import/history", "/import/history/1?confirm=undo"]) {
      await page.goto(url);
      await check(url);
    }
  }
});
