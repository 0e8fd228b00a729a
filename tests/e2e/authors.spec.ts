// Author and topic pages over the seed library: a researcher follows a person's work
// through time, their coauthors and topics, and takes it away as JSON or a feed.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const BOIX = "/authors/enric-boix-adsera";
const BOIX_PAPERS = 17;

const papersSection = (page: Page) => page.getByRole("region", { name: /^Papers/ });
const yearHeadings = (page: Page) => papersSection(page).getByRole("heading", { level: 3 });
const paperTitles = (page: Page) => papersSection(page).getByRole("heading", { level: 4 });
const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const yearLink = (page: Page, year: number) => timeline(page).getByRole("link", { name: new RegExp(`^${year}\\b`) });

/** The first topic slug the library has, or null while topics are not derived yet. */
async function firstTopicSlug(request: APIRequestContext): Promise<string | null> {
  const json = await (await request.get(`/api${BOIX}`)).json();
  return json.topics[0]?.slug ?? null;
}

test("the timeline shows Enric Boix-Adsera's 17 papers from 2020 to 2025", async ({ page }) => {
  await page.goto(BOIX);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enric Boix-Adsera");
  await expect(page.getByText(`${BOIX_PAPERS} papers from 2020 to 2025`)).toBeVisible();
  await expect(timeline(page).getByRole("img")).toHaveAccessibleName(/2020 to 2025: 17 papers/);
  for (const year of [2020, 2021, 2022, 2023, 2024, 2025]) await expect(yearLink(page, year)).toBeVisible();
  await expect(yearLink(page, 2019)).toHaveCount(0);
  await expect(yearLink(page, 2026)).toHaveCount(0);
  // The text equivalent of the chart, and the list grouped by year, newest first.
  await expect(timeline(page).getByRole("listitem").filter({ hasText: /^2023: 4 papers/ })).toHaveCount(1);
  await expect(yearHeadings(page)).toHaveText([/^2025/, /^2024/, /^2023/, /^2022/, /^2021/, /^2020/]);
  await expect(paperTitles(page)).toHaveCount(BOIX_PAPERS);
});

test("clicking a year in the timeline filters the list, and the URL keeps the filters", async ({ page }) => {
  await page.goto(BOIX);
  await yearLink(page, 2023).click();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(yearHeadings(page)).toHaveText([/^2023/]);
  await expect(paperTitles(page)).toHaveCount(4);
  await expect(yearLink(page, 2023)).toHaveAttribute("aria-current", "true");

  await page.getByRole("navigation", { name: "Authorship position" }).getByRole("link", { name: "First author" }).click();
  await expect(page).toHaveURL(/\?year=2023&position=first$/);
  await expect(paperTitles(page)).toHaveCount(3);

  await page.getByRole("link", { name: "Clear Year: 2023" }).click();
  await expect(page).toHaveURL(/\?position=first$/);
  await expect(paperTitles(page)).toHaveCount(9);
  await page.reload();
  await expect(paperTitles(page)).toHaveCount(9);
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(page).toHaveURL(new RegExp(`${BOIX}$`));
  await expect(paperTitles(page)).toHaveCount(BOIX_PAPERS);
});

test("papers whose author list was cut by et al. are marked and the count may be incomplete", async ({ page }) => {
  await page.goto(BOIX);
  await expect(page.getByText(/5 of these papers list only their first authors .* the count may be incomplete/)).toBeVisible();
  const cut = papersSection(page).getByRole("article").filter({ hasText: "The Features at Convergence Theorem" });
  await expect(cut.getByText("author list cut")).toBeVisible();
});

test("a coauthor link leads to that coauthor's page", async ({ page }) => {
  await page.goto(BOIX);
  const coauthors = page.getByRole("region", { name: "Coauthors" });
  await expect(coauthors.getByRole("listitem").first()).toContainText("Emmanuel Abbe");
  await expect(coauthors.getByRole("listitem").first()).toContainText("6");
  await coauthors.getByRole("link", { name: "Emmanuel Abbe" }).click();
  await expect(page).toHaveURL(/\/authors\/emmanuel-abbe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emmanuel Abbe");
  await expect(page.getByRole("region", { name: "Coauthors" }).getByRole("link", { name: "Enric Boix-Adsera" })).toBeVisible();
});

test("the author index finds an author by name", async ({ page }) => {
  await page.goto("/authors");
  await expect(page.getByRole("list", { name: "Authors" }).getByRole("listitem")).toHaveCount(20);
  await page.getByRole("searchbox", { name: "Find an author by name" }).fill("boix adserà");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/authors\?q=boix\+adser/);
  const found = page.getByRole("list", { name: "Authors" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found).toContainText("17 papers · 2020–2025");
  await found.getByRole("link", { name: "Enric Boix-Adsera" }).click();
  await expect(page).toHaveURL(new RegExp(`${BOIX}$`));
});

test("the author index sorts by number of papers", async ({ page }) => {
  await page.goto("/authors");
  await page.getByRole("navigation", { name: "Sort authors" }).getByRole("link", { name: "Number of papers" }).click();
  await expect(page).toHaveURL(/\?sort=papers$/);
  const names = page.getByRole("list", { name: "Authors" }).getByRole("link");
  await expect(names.nth(0)).toHaveText("Enric Boix-Adsera");
  await expect(names.nth(1)).toHaveText("Emmanuel Abbe");
});

test("GET /api/authors/<slug> answers the page's data in the documented shape", async ({ request }) => {
  const response = await request.get(`/api${BOIX}`);
  expect(response.status()).toBe(200);
  const json = await response.json();
  expect(json).toMatchObject({ name: "Enric Boix-Adsera", slug: "enric-boix-adsera" });
  expect(Object.keys(json)).toEqual(expect.arrayContaining(["name", "slug", "papers", "years", "coauthors", "topics"]));
  expect(json.papers).toHaveLength(BOIX_PAPERS);
  for (const paper of json.papers) expect(Object.keys(paper)).toEqual(expect.arrayContaining(["id", "arxivId", "title", "publishedAt", "position"]));
  expect(json.papers.find((p: { arxivId: string | null }) => p.arxivId === "2302.11055")).toMatchObject({ id: "2302.11055", position: 2, role: "middle" });
  expect(json.years.map((y: { year: number }) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  expect(json.years.reduce((n: number, y: { count: number }) => n + y.count, 0)).toBe(BOIX_PAPERS);
  expect(json.coauthors[0]).toEqual({ name: "Emmanuel Abbe", slug: "emmanuel-abbe", count: 6 });
  expect(Array.isArray(json.topics)).toBe(true);
  for (const topic of json.topics) expect(Object.keys(topic).sort()).toEqual(["count", "label", "slug"]);

  const filtered = await (await request.get(`/api${BOIX}?year=2023&position=first`)).json();
  expect(filtered.papers).toHaveLength(3);
  const missing = await request.get("/api/authors/no-such-author");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatch(/no-such-author/);
  const bad = await request.get(`/api${BOIX}?position=middle`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/position/);
});

test("the author's Atom feed lists every paper with absolute permalinks", async ({ request, baseURL }) => {
  const response = await request.get(`${BOIX}/feed.atom`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(xml.match(/<entry>/g)).toHaveLength(BOIX_PAPERS);
  expect(xml).toContain(`<id>${baseURL}/papers/2507.05644</id>`);
  expect(xml).toContain(`<link rel="alternate" type="text/html" href="${baseURL}/papers/2507.05644"/>`);
  expect(xml).toContain("<title>Abstracta: papers by Enric Boix-Adsera</title>");
});

test.describe("an unknown author", () => {
  // The browser logs the 404 response itself as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test("gets the not-found page with a 404", async ({ page }) => {
    const response = await page.goto("/authors/no-such-author");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the timeline is drawn on the server and its years are plain links", async ({ page }) => {
    await page.goto(BOIX);
    await expect(timeline(page).getByRole("img")).toBeVisible();
    await yearLink(page, 2020).click();
    await expect(page).toHaveURL(/\?year=2020$/);
    await expect(paperTitles(page)).toHaveCount(3);
  });
});

test("a topic page shows its papers and a per-year chart", async ({ page, request }) => {
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  const slug = await firstTopicSlug(request);
  expect(slug, "imports derive topics").not.toBeNull();
  await page.goto(`/topics/${slug}`);
  await expect(timeline(page).getByRole("img")).toBeVisible();
  await expect(papersSection(page).getByRole("article").first()).toBeVisible();
});

test("a topic chip leads to its topic page", async ({ page, request }) => {
  const slug = await firstTopicSlug(request);
  expect(slug, "imports derive topics").not.toBeNull();
  await page.goto(BOIX);
  const chip = papersSection(page).getByRole("list", { name: "Topics" }).getByRole("link").first();
  const label = (await chip.textContent())!.trim();
  await chip.click();
  await expect(page).toHaveURL(/\/topics\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  await page.getByRole("region", { name: "Authors" }).getByRole("link", { name: "Enric Boix-Adsera" }).click();
  await expect(page).toHaveURL(new RegExp(`${BOIX}$`));
});

test("from a paper to an author", async ({ page }) => {
  await page.goto("/papers/2302.11055");
  await page.getByRole("link", { name: "Enric Boix-Adsera" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BOIX}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enric Boix-Adsera");
});

test("a related paper link opens the related paper", async ({ page }) => {
  await page.goto("/papers/2302.11055");
  const related = page.getByRole("region", { name: /related/i }).getByRole("link").first();
  const href = await related.getAttribute("href");
  await related.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?]/g, "\\$&")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the author and topic pages have no serious accessibility violations, light or dark", async ({ page, request }) => {
  // A dozen axe runs take 24-37 s on a loaded 2-core machine: a generous guard, not a speed check.
  test.slow();
  const slug = await firstTopicSlug(request);
  const urls = [BOIX, `${BOIX}?year=2023&position=first`, "/authors", "/authors?q=zzz", "/topics", ...(slug ? [`/topics/${slug}`] : [])];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const url of urls) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${url}: ${v.id}`)).toEqual([]);
    }
  }
});

test("the author and topic pages fit a 390px phone without horizontal scrolling", async ({ page, request }) => {
  const slug = await firstTopicSlug(request);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [BOIX, `${BOIX}?year=2023&position=first`, "/authors", "/topics", "/authors/jason-m-altschuler", ...(slug ? [`/topics/${slug}`] : [])]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  }
});
