// The author reads over the seed library in a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "../db/sqlite";
import { importFiles } from "../import/import-files";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-db";
import { seedFiles } from "../../tests/fixtures/seeds";
import { authorFeed } from "./author-feed";
import { authorJson } from "./author-json";
import { getAuthorProfile, listAuthors } from "./queries";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  const sqlite = openSqlite(db.url);
  await importFiles(sqlite, seedFiles());
  sqlite.close();
});
afterAll(async () => {
  await db.cleanup();
});

const BOIX = "enric-boix-adsera";

describe("an author's profile", () => {
  it("Enric Boix-Adsera has 17 papers from 2020 to 2025", async () => {
    const profile = (await getAuthorProfile(BOIX, {}, db.prisma))!;
    expect(profile).toMatchObject({ name: "Enric Boix-Adsera", paperCount: 17, firstYear: 2020, lastYear: 2025, undatedCount: 0 });
    expect(profile.years).toEqual([
      { year: 2020, count: 3 },
      { year: 2021, count: 3 },
      { year: 2022, count: 3 },
      { year: 2023, count: 4 },
      { year: 2024, count: 1 },
      { year: 2025, count: 3 },
    ]);
    expect(profile.papers.map((p) => p.publishedAt)).toEqual([...profile.papers.map((p) => p.publishedAt)].sort().reverse());
  });

  it("coauthors are counted by shared papers", async () => {
    const { coauthors } = (await getAuthorProfile(BOIX, {}, db.prisma))!;
    expect(coauthors[0]).toEqual({ name: "Emmanuel Abbe", slug: "emmanuel-abbe", count: 6 });
    expect(coauthors[1]).toEqual({ name: "Jason M. Altschuler", slug: "jason-m-altschuler", count: 4 });
    expect(coauthors.some((c) => c.slug === BOIX)).toBe(false);
  });

  it("filtering by position first keeps the papers he leads", async () => {
    const profile = (await getAuthorProfile(BOIX, { position: "first" }, db.prisma))!;
    expect(profile.papers).toHaveLength(9);
    expect(profile.papers.every((p) => p.position === 0)).toBe(true);
    expect(profile.papers.filter((p) => p.role === "solo").map((p) => p.arxivId).sort()).toEqual(["2403.09053", "2501.19149"]);
    expect(profile.paperCount).toBe(17);
  });

  it("filters combine and the counts stay those of every paper", async () => {
    const profile = (await getAuthorProfile(BOIX, { year: 2023, position: "first" }, db.prisma))!;
    expect(profile.papers.map((p) => p.arxivId)).toEqual(["2310.09753", "2306.07042", "2305.13141"]);
    expect(profile.years).toHaveLength(6);
  });

  it("papers whose author list was cut by et al. are counted, so the count may be incomplete", async () => {
    const profile = (await getAuthorProfile(BOIX, {}, db.prisma))!;
    expect(profile.truncatedCount).toBe(5);
    const cut = profile.allPapers.find((p) => p.arxivId === "2507.05644")!;
    expect(cut).toMatchObject({ authorsTruncated: true, position: 0, role: "first" });
  });

  it("an unknown slug has no profile", async () => {
    expect(await getAuthorProfile("nobody-at-all", {}, db.prisma)).toBeNull();
  });

  it("the JSON keeps the public shape: ids are permalink keys, positions 1-based", async () => {
    const json = authorJson((await getAuthorProfile(BOIX, {}, db.prisma))!);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["name", "slug", "papers", "years", "coauthors", "topics"]));
    const sgd = json.papers.find((p) => p.arxivId === "2302.11055")!;
    expect(sgd).toMatchObject({ id: "2302.11055", position: 2, role: "middle", publishedAt: "2023-02-21" });
    const untitledId = json.papers.find((p) => p.arxivId === null)!;
    expect(untitledId.id).not.toBe("");
    expect(json.coauthors[0]).toEqual({ name: "Emmanuel Abbe", slug: "emmanuel-abbe", count: 6 });
  });

  it("the author feed has one entry per paper with absolute permalinks", async () => {
    const xml = authorFeed((await getAuthorProfile(BOIX, {}, db.prisma))!, "https://abstracta.example", new Date("2030-01-01T00:00:00Z"));
    expect(xml.match(/<entry>/g)).toHaveLength(17);
    expect(xml).toContain("<id>https://abstracta.example/papers/2507.05644</id>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://abstracta.example/authors/enric-boix-adsera/feed.atom"/>');
  });
});

describe("names that may be the same person", () => {
  it("James B. Simon and James Simon are shown as possible duplicates, not merged", async () => {
    const other = await db.prisma.author.create({ data: { name: "James Simon", key: "jamessimon", slug: "james-simon" } });
    try {
      await db.prisma.author.create({ data: { name: "James C. Simon", key: "jamescsimon", slug: "james-c-simon" } });
      const profile = (await getAuthorProfile("james-b-simon", {}, db.prisma))!;
      expect(profile.possibleDuplicates).toEqual([{ name: "James Simon", slug: "james-simon", paperCount: 0 }]);
      const back = (await getAuthorProfile("james-simon", {}, db.prisma))!;
      expect(back.possibleDuplicates.map((d) => d.slug).sort()).toEqual(["james-b-simon", "james-c-simon"]);
    } finally {
      await db.prisma.author.deleteMany({ where: { slug: { in: [other.slug, "james-c-simon"] } } });
    }
  });
});

describe("the author index", () => {
  it("the author index finds an author by name, folding case, accents and hyphens", async () => {
    for (const q of ["boix", "BOIX ADSERÀ", "Boix-Adsera"]) {
      const index = await listAuthors({ q }, db.prisma);
      expect(index.authors.map((a) => a.slug), q).toEqual([BOIX]);
    }
    const [boix] = (await listAuthors({ q: "boix" }, db.prisma)).authors;
    expect(boix).toMatchObject({ paperCount: 17, firstYear: 2020, lastYear: 2025 });
  });

  it("sorts by name or by number of papers, and pages", async () => {
    const byName = await listAuthors({ sort: "name" }, db.prisma);
    expect(byName.total).toBe(20);
    expect(byName.authors[0]!.name).toBe("Emmanuel Abbe");
    const byPapers = await listAuthors({ sort: "papers", pageSize: 3 }, db.prisma);
    expect(byPapers.authors.map((a) => a.paperCount)).toEqual([17, 6, 4]);
    expect(byPapers.pages).toBe(7);
    const last = await listAuthors({ sort: "papers", pageSize: 3, page: 99 }, db.prisma);
    expect(last.page).toBe(7);
    expect(last.authors).toHaveLength(2);
  });
});
