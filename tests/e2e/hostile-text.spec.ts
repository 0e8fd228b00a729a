// A dump whose titles and abstracts carry markup, javascript: URLs and hostile LaTeX
// (tests/fixtures/hostile-text.txt, alphaxiv-feed layout), imported through the API:
// on the search page, the paper pages and the import preview nothing runs, nothing links
// to javascript:, and the layout holds at desktop and phone widths. The batch is undone
// afterwards, so the other specs see the seed library again.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const BEARER = { authorization: "Bearer e2e-secret-token" };
const DUMP = readFileSync(path.resolve(__dirname, "../fixtures/hostile-text.txt"), "utf8");
// Every title in the dump has this word; no seed paper does.
const WORD = "quarantined";
const WIDTHS = [1280, 390] as const;

test.describe.configure({ mode: "serial" });

let api: APIRequestContext;
let batchId: number;
let paperPaths: string[];

test.beforeAll(async ({ playwright }, testInfo) => {
  api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: BEARER });
  const imported = await api.post("/api/import?name=hostile-text.txt", { headers: { "content-type": "text/plain" }, data: DUMP });
  expect(imported.status(), await imported.text()).toBe(201);
  batchId = ((await imported.json()) as { batchId: number }).batchId;
  const batch = (await (await api.get(`/api/import/batches/${batchId}`)).json()) as { papers: { key: string }[] };
  paperPaths = batch.papers.map((p) => `/papers/${p.key}`);
  expect(paperPaths).toHaveLength(3);
});

test.afterAll(async () => {
  if (batchId) expect((await api.post(`/api/import/batches/${batchId}/undo`)).status()).toBe(200);
  await api.dispose();
});

/** Records dialogs (alert, confirm, prompt) for the life of the page; none may open. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** What an injection would leave in the DOM: a flag set by script, javascript: URLs, on* handlers. */
async function expectInert(page: Page, label: string) {
  const found = await page.evaluate(() => {
    const hits: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        if (/^\s*javascript:/i.test(value)) hits.push(`${element.tagName} ${name}="${value}"`);
        if (/^on/i.test(name)) hits.push(`${element.tagName} ${name}="${value}"`);
      }
    }
    return { hits, pwned: (window as { __pwned?: unknown }).__pwned };
  });
  expect(found.pwned, `${label}: window.__pwned`).toBeUndefined();
  expect(found.hits, label).toEqual([]);
}

/** The page is no wider than the viewport, and every formula fits it and stays within the 10em size cap. */
async function expectLayoutHolds(page: Page, label: string) {
  const layout = await page.evaluate(() => ({
    viewport: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    formulas: [...document.querySelectorAll<HTMLElement>(".katex")].map((el) => {
      const box = el.getBoundingClientRect();
      return { right: box.right, width: box.width, height: box.height, em: parseFloat(getComputedStyle(el).fontSize) };
    }),
  }));
  expect(layout.scrollWidth, `${label}: document width`).toBeLessThanOrEqual(layout.viewport);
  expect(layout.formulas.length, `${label}: formulas typeset`).toBeGreaterThan(0);
  for (const f of layout.formulas) {
    expect(f.right, `${label}: a formula's right edge`).toBeLessThanOrEqual(layout.viewport);
    // \rule is capped at 10em each way (maxSize); a strut and depth add a little.
    expect(f.height, `${label}: a formula's height`).toBeLessThanOrEqual(12 * f.em);
  }
}

for (const width of WIDTHS) {
  test(`hostile titles and abstracts stay inert on the search page and the paper pages at ${width}px`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.setViewportSize({ width, height: 900 });

    await page.goto(`/?q=${WORD}`);
    await page.locator("[data-interactive]").waitFor();
    const results = page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 2 });
    await expect(results).toHaveCount(3);
    await expect(results.first()).toContainText(WORD, { ignoreCase: true });
    await expect(page.getByText("<script>window.__pwned=1</script>").first()).toBeVisible();
    await expectInert(page, `/?q=${WORD} at ${width}px`);
    await expectLayoutHolds(page, `/?q=${WORD} at ${width}px`);

    // The same results rendered in the browser by the hydrated pane (search as you type).
    const box = page.getByRole("searchbox", { name: "Search papers" });
    await box.fill(`${WORD} rule`);
    await expect(page).toHaveURL(/q=quarantined\+rule/);
    await expect(results).toHaveCount(2);
    await expectInert(page, `typed search at ${width}px`);
    await expectLayoutHolds(page, `typed search at ${width}px`);

    for (const url of paperPaths) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(WORD, { ignoreCase: true });
      await expectInert(page, `${url} at ${width}px`);
      await expectLayoutHolds(page, `${url} at ${width}px`);
    }
    expect(dialogs).toEqual([]);
  });
}

test("the hostile text shows as text: the markup is visible, the refused LaTeX commands are named", async ({ page }) => {
  await page.goto(paperPaths[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>window.__pwned=1</script>");
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false })).toBeVisible();
  // KaTeX refuses \href without trust and shows the command's name instead of a link.
  await expect(page.locator("[data-abstract] .katex-html").filter({ hasText: "\\href" })).toBeVisible();
  await expect(page.locator("[data-abstract] a")).toHaveCount(0);
  await page.goto(paperPaths[1]!);
  // The runaway macro is left as its source.
  await expect(page.getByText("$\\def\\a{\\a}\\a$", { exact: false })).toBeVisible();
});

test("the import preview of the hostile dump runs nothing either", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/import");
  await page.getByLabel("Import token", { exact: true }).fill("e2e-secret-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("textbox", { name: "Paste a dump" }).fill(DUMP);
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("status")).toHaveText("3 papers in 1 file: 0 new, 0 merged, 3 unchanged");
  await expectInert(page, "/import preview");
  expect(dialogs).toEqual([]);
});
