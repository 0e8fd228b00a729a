// The home page over the seed library (the web server imports seeds/*.txt into a fresh
// database before the run): every paper listed, untitled ones marked, accessible, phone-sized.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const SEED_PAPERS = 148;
const SEED_UNTITLED = 10;

/** Letters and digits only, so line wraps, hyphenation and spacing don't matter. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function readSeedText(): string {
  const seedDir = path.resolve(test.info().project.testDir, "../../seeds");
  return fs
    .readdirSync(seedDir)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => fs.readFileSync(path.join(seedDir, file), "utf8"))
    .join("\n");
}

test("the home page lists the imported seed papers", async ({ page }) => {
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await expect(page.getByText(`${SEED_PAPERS} papers`, { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Papers" }).getByRole("article")).toHaveCount(
    SEED_PAPERS,
  );

  const paper = page.getByRole("article", { name: "Transformers learn through gradual rank increase" });
  await expect(paper).toBeVisible();
  await expect(paper.getByText("Enric Boix-Adsera, Etai Littwin, Emmanuel Abbe et al.")).toBeVisible();
  await expect(paper.getByText("12 Jun 2023")).toBeVisible();
  await expect(paper.getByRole("link", { name: "arXiv:2306.07042" })).toBeVisible();
  await expect(
    paper.getByRole("list", { name: "Categories" }).getByText("cs.LG", { exact: true }),
  ).toBeVisible();
});

test("an untitled paper shows a marked excerpt, not an invented title", async ({ page }) => {
  await page.goto("/");

  const untitled = page.getByRole("heading", { level: 2, name: /^Untitled — / });
  await expect(untitled).toHaveCount(SEED_UNTITLED);

  const seeds = squash(readSeedText());
  for (const heading of await untitled.all()) {
    await expect(heading.getByText("Untitled", { exact: true })).toBeVisible();
    const excerpt = ((await heading.textContent()) ?? "").replace(/^Untitled\s*—\s*/, "");
    expect(excerpt.split(/\s+/).length, `excerpt "${excerpt}"`).toBeGreaterThanOrEqual(5);
    // The excerpt is the start of an abstract the seeds contain, not a made-up title.
    expect(seeds, `excerpt "${excerpt}" comes from a seed`).toContain(squash(excerpt));
  }
});

test("the home page has no detectable accessibility violations, light or dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), colorScheme).toEqual([]);
  }
});

test("the home page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Abstracta" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
