// The search page over the seed library (the web server imports seeds/*.txt into a
// fresh database before the run): what a researcher does on the home page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/** Opens a URL and waits until the pane is hydrated, so keys and clicks reach its handlers. */
async function open(page: import("@playwright/test").Page, url: string) {
  await page.goto(url);
  await page.locator("[data-interactive]").waitFor();
}
const resultsCount = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Results" }).locator("p[aria-live]");
const resultTitles = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 2 });
const facet = (page: import("@playwright/test").Page, group: string, value: string | RegExp) =>
  page.getByRole("navigation", { name: "Filters" }).filter({ visible: true }).getByRole("region", { name: group }).getByRole("checkbox", { name: value });

test("the home page searches the whole library of 148 seed papers", async ({ page }) => {
  await open(page, "/");
  await expect(resultsCount(page)).toHaveText("148 papers");
  await expect(resultTitles(page)).toHaveCount(20);
});

test("a topic search finds the mixture-of-experts papers, exact phrase first", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("searchbox", { name: "Search papers" }).fill("mixture of experts");
  await expect(page).toHaveURL(/\?q=mixture\+of\+experts/);
  await expect(resultTitles(page).first()).toHaveText(/Mixture of Experts/);
  await expect(page.getByRole("heading", { name: /The power of fine-grained experts/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Scaling Laws for Fine-Grained Mixture of Experts/ })).toBeVisible();
});

test("an au: search lists an author's papers, with author links", async ({ page }) => {
  await open(page, "/?q=au%3Aboix");
  await expect(resultsCount(page)).toHaveText("17 papers");
  await expect(page.getByRole("link", { name: "Enric Boix-Adsera" }).first()).toHaveAttribute("href", "/authors/enric-boix-adsera");
});

test("combining two facets narrows the results and updates the counts", async ({ page }) => {
  await open(page, "/?q=au%3Aboix");
  await facet(page, "Category", /^cs\.LG/).click();
  await expect(resultsCount(page)).toHaveText("12 papers");
  await expect(page).toHaveURL(/category=cs\.LG/);
  await facet(page, "Year", /^2023/).click();
  await expect(resultsCount(page)).toHaveText("3 papers");
  await expect(facet(page, "Year", /^2023/)).toHaveAttribute("aria-checked", "true");
  // Counts of the other years still show what choosing them would add.
  await expect(facet(page, "Year", /^2022/)).toContainText("3");
});

test("reload and the back button restore the search state", async ({ page }) => {
  await open(page, "/?q=au%3Aboix");
  await facet(page, "Category", /^math\.OC/).click();
  await expect(resultsCount(page)).toHaveText("4 papers");
  await page.reload();
  await expect(resultsCount(page)).toHaveText("4 papers");
  await expect(page.getByRole("searchbox", { name: "Search papers" })).toHaveValue("au:boix");
  await page.goBack();
  await expect(page).toHaveURL(/\?q=au%3Aboix$/);
  await expect(resultsCount(page)).toHaveText("17 papers");
  await page.goForward();
  await expect(resultsCount(page)).toHaveText("4 papers");
});

test("sorting by date and paging keep the rest of the state", async ({ page }) => {
  await open(page, "/?q=au%3Aboix&sort=oldest");
  await expect(resultTitles(page).first()).toHaveText("Wasserstein barycenters can be computed in polynomial time in fixed dimension");
  await page.getByRole("combobox", { name: "Sort" }).selectOption("newest");
  await expect(resultTitles(page).first()).toHaveText(/The Features at Convergence Theorem/);
  await open(page, "/?sort=newest");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL(/sort=newest&page=2/);
  await expect(resultTitles(page)).toHaveCount(20);
});

test("a result opens its permalink", async ({ page }) => {
  await open(page, "/?q=gradual+rank+increase");
  await page.getByRole("link", { name: "Transformers learn through gradual rank increase" }).click();
  await expect(page).toHaveURL(/\/papers\/2306\.07042$/);
});

test("an arXiv ID typed into the search box opens its permalink", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("searchbox", { name: "Search papers" }).fill("arxiv.org/abs/2302.11055v2");
  await page.getByRole("searchbox", { name: "Search papers" }).press("Enter");
  await expect(page).toHaveURL(/\/papers\/2302\.11055$/);
});

test("the keyboard: / focuses the box, j and k move through results, Enter opens one", async ({ page }) => {
  await open(page, "/?q=au%3Aboix&sort=newest");
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: "Search papers" })).toBeFocused();
  await page.getByRole("searchbox", { name: "Search papers" }).blur();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(page.locator("[data-active]")).toContainText("The Features at Convergence Theorem");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/papers\/2507\.05644$/);
});

test("an untitled paper shows a marked excerpt of its abstract, not an invented title", async ({ page }) => {
  await open(page, "/?q=score+broadcast+decorrelation");
  const first = resultTitles(page).first();
  await expect(first).toContainText("Untitled");
  await expect(first).toContainText("We introduce Score Broadcast and Decorrelation");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the first page is rendered on the server and facets are plain links", async ({ page }) => {
    await page.goto("/?q=optimal+transport");
    await expect(resultsCount(page)).toHaveText("4 papers");
    await page.getByRole("navigation", { name: "Filters" }).last().getByRole("checkbox", { name: /^2020/ }).click();
    await expect(page).toHaveURL(/year=2020/);
    await expect(resultsCount(page)).toHaveText("2 papers");
  });
});

test("a bad parameter gets a 400 from the API that says which, and a page anyway", async ({ page, request }) => {
  const api = await request.get("/api/search?pageSize=500");
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatch(/pageSize/);
  const ok = await request.get("/api/search?q=au%3Aboix&category=cs.LG&category=math.OC&pageSize=5");
  const body = await ok.json();
  expect(body).toMatchObject({ total: 16, page: 1, pageSize: 5 });
  expect(Object.keys(body.results[0])).toEqual(expect.arrayContaining(["id", "arxivId", "title", "authors", "publishedAt", "snippet", "url"]));
  expect(Object.keys(body.facets)).toEqual(expect.arrayContaining(["year", "author", "category", "hasId"]));
  await open(page, "/?page=0&sort=sideways&q=kernel");
  await expect(resultTitles(page).first()).toBeVisible();
});

test("the search page has no serious accessibility violations, light or dark, and fits a phone", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await open(page, "/?q=kernel");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, "/?q=kernel");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("topics are a facet and a chip on every result", async ({ page }) => {
  await open(page, "/?q=experts");
  await facet(page, "Topic", /^mixture of experts/).click();
  await expect(page).toHaveURL(/topic=mixture-of-experts/);
  const count = Number((await resultsCount(page).textContent())!.split(" ")[0]);
  expect(count).toBeGreaterThanOrEqual(3);
  const chip = page.getByRole("region", { name: "Results" }).getByRole("list", { name: "Topics" }).first().getByRole("link", { name: "mixture of experts" });
  await chip.click();
  await expect(page).toHaveURL(/\/topics\/mixture-of-experts$/);
});
