// Paper permalinks over the seed library: what someone opening a shared link sees, the
// redirects that keep old links working, the 404, BibTeX, link previews and access.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const abstract = (page: Page) => page.getByRole("region", { name: "Abstract", exact: true });

test("a permalink by arXiv ID shows title, authors, date and abstract", async ({ page }) => {
  await page.goto("/papers/2306.07042");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transformers learn through gradual rank increase");
  for (const [name, slug] of [["Enric Boix-Adsera", "enric-boix-adsera"], ["Etai Littwin", "etai-littwin"], ["Emmanuel Abbe", "emmanuel-abbe"]]) {
    await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toHaveAttribute("href", `/authors/${slug}`);
  }
  await expect(page.getByText("author list incomplete in every source")).toBeVisible();
  await expect(page.locator("time[datetime='2023-06-12']")).toHaveText("12 Jun 2023");
  await expect(page.getByRole("link", { name: "cs.LG" })).toHaveAttribute("href", "/?category=cs.LG");
  await expect(abstract(page)).toContainText("We identify incremental learning dynamics in transformers");
  await expect(page.getByRole("link", { name: "arXiv abstract" })).toHaveAttribute("href", "https://arxiv.org/abs/2306.07042");
  await expect(page.getByRole("link", { name: "PDF" })).toHaveAttribute("href", "https://arxiv.org/pdf/2306.07042");
  const provenance = page.getByRole("region", { name: "Where each fact came from" });
  await expect(provenance.getByRole("row")).toHaveCount(4); // header + the three seeds that carried it
  await expect(provenance.getByRole("row", { name: /alphaxiv-feed/ })).toContainText("title, authors, date");
});

test("a versioned ID redirects to the unversioned permalink", async ({ page, request }) => {
  const response = await request.get("/papers/2306.07042v2", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(/\/papers\/2306\.07042$/);
  await page.goto("/papers/2306.07042v2");
  await expect(page).toHaveURL(/\/papers\/2306\.07042$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transformers learn through gradual rank increase");
});

test("the slug of a paper that has an arXiv ID redirects to the ID permalink", async ({ page }) => {
  await page.goto("/papers/transformers-learn-through-gradual-rank-increase");
  await expect(page).toHaveURL(/\/papers\/2306\.07042$/);
});

test("a paper without an arXiv ID lives at its slug, and an untitled one is marked, not named", async ({ page }) => {
  await page.goto("/papers/we-introduce-score-broadcast-and-decorrelation-sbd-a");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Untitled");
  await expect(heading).toContainText("We introduce Score Broadcast and Decorrelation");
  await expect(page.getByRole("link", { name: "arXiv abstract" })).toHaveCount(0);
});

test("KaTeX renders the leap-complexity formula", async ({ page }) => {
  await page.goto("/papers/2302.11055");
  const formulas = abstract(page).locator(".katex");
  await expect(formulas.first()).toBeVisible();
  await expect(abstract(page).locator(".katex-mathml annotation", { hasText: "\\mathrm{Leap}(f)" })).toHaveCount(1);
  await expect(abstract(page)).not.toContainText("$d$");
});

test("two abstract versions are shown with a word diff", async ({ page }) => {
  await page.goto("/papers/2507.05644");
  const versions = page.getByRole("region", { name: "Abstract versions" });
  const [first, second] = [versions.getByRole("figure").nth(0), versions.getByRole("figure").nth(1)];
  await expect(versions.getByRole("figure")).toHaveCount(2);
  await expect(first).toContainText("Version 1");
  await expect(second).toContainText("Version 2");
  // Screen readers hear what the strike-through and underline show.
  await expect(first.locator("del").first()).toHaveText("[removed: A]");
  await expect(first.locator("del").nth(1)).toHaveText("[removed: theory is]");
  await expect(second.locator("ins").first()).toHaveText("[added: It is a]");
  await expect(second).toContainText("central challenge in deep learning to understand how neural networks learn");
  await expect(second).toContainText("shown above");
  await expect(first.locator("ins")).toHaveCount(0);
  await expect(second.locator("del")).toHaveCount(0);
});

test.describe("unknown keys", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("an unknown ID gets a helpful 404 with a search box", async ({ page }) => {
    const response = await page.goto("/papers/2301.99999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No paper at this address");
    await expect(page.getByRole("main")).toContainText("2301.99999");
    await expect(page.getByRole("link", { name: /Look up arXiv:2301\.99999/ })).toHaveAttribute("href", "https://arxiv.org/abs/2301.99999");
    const search = page.getByRole("searchbox", { name: "Search the library" });
    await search.fill("gradual rank");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/\?q=gradual\+rank$/);
  });

  test("an unknown slug is echoed and offered as a search", async ({ page }) => {
    const response = await page.goto("/papers/gradual-rank-increase-in-transformers");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("main")).toContainText("gradual-rank-increase-in-transformers");
    await expect(page.getByRole("searchbox", { name: "Search the library" })).toHaveValue("gradual rank increase in transformers");
  });
});

test("the BibTeX endpoint answers the arXiv-style entry", async ({ request }) => {
  const response = await request.get("/papers/2306.07042/bibtex");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await response.text()).toBe(
    [
      "@misc{boixadsera2023transformers,",
      "      title={Transformers learn through gradual rank increase}, ",
      // Every seed lists these three "et al.", so the entry says the list goes on.
      "      author={Enric Boix-Adsera and Etai Littwin and Emmanuel Abbe and others},",
      "      year={2023},",
      "      eprint={2306.07042},",
      "      archivePrefix={arXiv},",
      "      primaryClass={cs.LG},",
      "      url={https://arxiv.org/abs/2306.07042}, ",
      "}",
      "",
    ].join("\n"),
  );
  const versioned = await request.get("/papers/2306.07042v3/bibtex");
  expect(await versioned.text()).toContain("@misc{boixadsera2023transformers,");
  const missing = await request.get("/papers/2301.99999/bibtex");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("2301.99999");
});

test("the page shows the BibTeX entry and copies its canonical link", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/papers/2302.11055");
  await page.getByText("Cite as BibTeX").click();
  await expect(page.locator("pre")).toContainText("@misc{abbe2023sgd,");
  await expect(page.getByRole("link", { name: "BibTeX", exact: true })).toHaveAttribute("href", "/papers/2302.11055/bibtex");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/papers/2302.11055`);
});

test("link previews carry title, description, canonical URL and ScholarlyArticle data", async ({ page }) => {
  await page.goto("/papers/2306.07042");
  await expect(page).toHaveTitle(/^Transformers learn through gradual rank increase/);
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/papers\/2306\.07042$/);
  await expect(page.locator("meta[property='og:type']")).toHaveAttribute("content", "article");
  await expect(page.locator("meta[property='og:url']")).toHaveAttribute("content", /\/papers\/2306\.07042$/);
  await expect(page.locator("meta[name='description']")).toHaveAttribute("content", /^We identify incremental learning dynamics/);
  await expect(page.locator("meta[name='twitter:card']")).toHaveAttribute("content", "summary");
  const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "ScholarlyArticle",
    headline: "Transformers learn through gradual rank increase",
    datePublished: "2023-06-12",
    identifier: { propertyID: "arXiv", value: "2306.07042" },
    sameAs: "https://arxiv.org/abs/2306.07042",
    author: [{ "@type": "Person", name: "Enric Boix-Adsera" }, { name: "Etai Littwin" }, { name: "Emmanuel Abbe" }],
  });
});

test("paper pages have no serious accessibility violations, light or dark, and fit a phone", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of ["/papers/2507.05644", "/papers/2302.11055"]) {
        await page.goto(path);
        await page.getByText("Cite as BibTeX").click();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path} ${colorScheme} ${width}: ${v.id}`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
    }
  }
});
