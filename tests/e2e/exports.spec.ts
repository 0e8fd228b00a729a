// Exports of a search (BibTeX, CSV, JSON) and its Atom feed, over the seed library: a
// researcher takes every result away, or follows a saved search in a feed reader.
import { expect, test } from "./fixtures";

const BOIX = "q=au%3Aboix";
const BOIX_TOTAL = 17;

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

test("exporting a search as BibTeX gives every result, not only the first page", async ({ request }) => {
  const api = await (await request.get(`/api/search?${BOIX}`)).json();
  expect(api.total).toBe(BOIX_TOTAL);

  // Asking for page 2 of 5 must not shrink the export: it always has every result.
  const response = await request.get(`/api/search/export?format=bibtex&${BOIX}&page=2&pageSize=5`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="abstracta-au-boix.bib"');
  const bib = await response.text();
  expect(bib.match(/@misc\{/g)).toHaveLength(BOIX_TOTAL);
  expect(bib).toContain("archivePrefix={arXiv}");
  // Entries are separated by a blank line.
  expect(bib.trim().split(/\n\s*\n(?=@)/)).toHaveLength(BOIX_TOTAL);
});

test("CSV and JSON exports carry the same papers", async ({ request, baseURL }) => {
  const csvResponse = await request.get(`/api/search/export?format=csv&${BOIX}`);
  expect(csvResponse.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csvResponse.headers()["content-disposition"]).toBe('attachment; filename="abstracta-au-boix.csv"');
  const [header, ...rows] = parseCsv(await csvResponse.text());
  expect(header).toEqual(["arxiv_id", "title", "authors", "authors_truncated", "published_at", "categories", "url", "abstract"]);

  const jsonResponse = await request.get(`/api/search/export?format=json&${BOIX}`);
  expect(jsonResponse.headers()["content-type"]).toMatch(/^application\/json/);
  expect(jsonResponse.headers()["content-disposition"]).toBe('attachment; filename="abstracta-au-boix.json"');
  const json = await jsonResponse.json();
  expect(json.total).toBe(BOIX_TOTAL);
  expect(json.query.q).toBe("au:boix");
  expect(json.papers).toHaveLength(BOIX_TOTAL);

  expect(rows).toHaveLength(BOIX_TOTAL);
  const url = header!.indexOf("url");
  const title = header!.indexOf("title");
  expect(rows.map((r) => r[url])).toEqual(json.papers.map((p: { url: string }) => p.url));
  expect(rows.map((r) => r[title])).toEqual(json.papers.map((p: { title: string | null }) => p.title ?? ""));
  // Absolute links on the host the reader used.
  for (const p of json.papers) expect(p.url.startsWith(`${baseURL}/papers/`)).toBe(true);
});

test("the Atom feed of a search lists its papers newest first", async ({ page, request, baseURL }) => {
  // sort=oldest is ignored: a feed is chronological.
  const response = await request.get(`/feed.atom?${BOIX}&sort=oldest`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();

  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
    const root = doc.documentElement;
    return {
      parseError: doc.getElementsByTagName("parsererror").length > 0,
      root: root.localName,
      title: [...root.children].find((e) => e.localName === "title")?.textContent,
      updated: [...root.children].find((e) => e.localName === "updated")?.textContent,
      self: root.querySelector(':scope > link[rel="self"]')?.getAttribute("href"),
      alternate: root.querySelector(':scope > link[rel="alternate"]')?.getAttribute("href"),
      entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
        id: child(e, "id"),
        title: child(e, "title"),
        updated: child(e, "updated"),
        authors: [...e.getElementsByTagNameNS(ns, "name")].map((n) => n.textContent),
      })),
    };
  }, xml);

  expect(feed.parseError).toBe(false);
  expect(feed.root).toBe("feed");
  expect(feed.title).toBe("Abstracta: au:boix");
  expect(feed.self).toBe(`${baseURL}/feed.atom?q=au%3Aboix`);
  expect(feed.alternate).toMatch(/\/\?q=au%3Aboix/);
  expect(feed.entries).toHaveLength(BOIX_TOTAL);
  expect(feed.entries[0]!.title).toMatch(/^The Features at Convergence Theorem: /);
  expect(feed.updated).toBe(feed.entries[0]!.updated);
  const dates = feed.entries.map((e) => e.updated!);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const e of feed.entries) {
    expect(e.id!.startsWith(`${baseURL}/papers/`)).toBe(true);
    expect(e.authors.some((a) => /Boix/.test(a ?? ""))).toBe(true);
  }
});

test("a bad export format is a 400 that says why", async ({ request }) => {
  const bad = await request.get(`/api/search/export?format=docx&${BOIX}`);
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error).toMatch(/format/);
  expect(body.error).toMatch(/bibtex, csv, json/);
  expect(body.issues).toEqual([expect.objectContaining({ param: "format" })]);

  const missing = await request.get(`/api/search/export?${BOIX}`);
  expect(missing.status()).toBe(400);
  expect((await missing.json()).issues[0].param).toBe("format");

  const badSearch = await request.get("/feed.atom?sort=sideways");
  expect(badSearch.status()).toBe(400);
  expect((await badSearch.json()).issues[0].param).toBe("sort");
});

test("the search page's Export menu downloads every result of the search", async ({ page }) => {
  await page.goto(`/?${BOIX}`);
  await page.locator("[data-interactive]").waitFor();
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (all results)" }).click()]);
  expect(download.suggestedFilename()).toBe("abstracta-au-boix.csv");
  const text = await (await download.createReadStream()).toArray();
  const rows = parseCsv(Buffer.concat(text).toString("utf8"));
  expect(rows).toHaveLength(BOIX_TOTAL + 1);
});
