import { describe, expect, it } from "vitest";
import { authorRole, byNewest, capListedPapers, coauthorCounts, matchesFilters, yearCounts, type AuthorPaper } from "./profile";

const paper = (overrides: Partial<AuthorPaper>): AuthorPaper => ({
  id: 1,
  key: "2302.11055",
  slug: "s",
  arxivId: "2302.11055",
  title: "T",
  abstract: null,
  publishedAt: "2023-02-21",
  year: 2023,
  position: 0,
  role: "first",
  authors: [],
  authorsTruncated: false,
  categories: [],
  topics: [],
  ...overrides,
});

describe("an author's place in a paper", () => {
  it("the only author of a complete list is the sole author", () => {
    expect(authorRole(0, 1, false)).toBe("solo");
  });

  it("in a list cut by et al. the last listed author is not last", () => {
    expect(authorRole(2, 3, true)).toBe("middle");
    expect(authorRole(2, 3, false)).toBe("last");
    expect(authorRole(0, 1, true)).toBe("first");
  });

  it("the first-author filter keeps sole-author papers, the sole filter only those", () => {
    expect(matchesFilters(paper({ role: "solo" }), { position: "first" })).toBe(true);
    expect(matchesFilters(paper({ role: "solo" }), { position: "last" })).toBe(true);
    expect(matchesFilters(paper({ role: "first" }), { position: "solo" })).toBe(false);
    expect(matchesFilters(paper({ role: "middle" }), { position: "first" })).toBe(false);
  });

  it("filters combine: year and topic and position must all hold", () => {
    const p = paper({ topics: [{ slug: "moe", label: "mixture of experts" }] });
    expect(matchesFilters(p, { year: 2023, topic: "moe", position: "first" })).toBe(true);
    expect(matchesFilters(p, { year: 2022, topic: "moe" })).toBe(false);
    expect(matchesFilters(p, { year: 2023, topic: "other" })).toBe(false);
  });
});

describe("counting an author's papers", () => {
  it("coauthors are counted by shared papers, most first, never the author", () => {
    const a = { name: "Emmanuel Abbe", slug: "emmanuel-abbe" };
    const b = { name: "Jason Altschuler", slug: "jason-altschuler" };
    const me = { name: "Me", slug: "me" };
    const counts = coauthorCounts([paper({ authors: [me, a] }), paper({ authors: [a, me, b] }), paper({ authors: [me] })], "me");
    expect(counts).toEqual([{ ...a, count: 2 }, { ...b, count: 1 }]);
  });

  it("years are counted oldest first and undated papers sort last", () => {
    const papers = [paper({ id: 3, publishedAt: null, year: null }), paper({ id: 1, publishedAt: "2021-05" , year: 2021 }), paper({ id: 2 })];
    expect(yearCounts(papers)).toEqual([{ year: 2021, count: 1 }, { year: 2023, count: 1 }]);
    expect(papers.sort(byNewest).map((p) => p.id)).toEqual([2, 1, 3]);
  });
});

describe("listing a prolific author's papers", () => {
  it("lists the first hundred of a longer list and says how many are left out; shorter lists whole", () => {
    const many = Array.from({ length: 301 }, (_, i) => i);
    expect(capListedPapers(many)).toEqual({ listed: many.slice(0, 100), omitted: 201 });
    expect(capListedPapers(many.slice(0, 17))).toEqual({ listed: many.slice(0, 17), omitted: 0 });
  });
});
