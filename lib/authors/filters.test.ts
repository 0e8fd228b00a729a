import { describe, expect, it } from "vitest";
import { filterHref, parseAuthorFilters, readAuthorFilters } from "./filters";

describe("author list filters in the URL", () => {
  it("links combine filters and clear one without touching the others", () => {
    const filters = { year: 2023, topic: "mixture-of-experts" };
    expect(filterHref("/authors/a", filters, { position: "first" })).toBe("/authors/a?year=2023&topic=mixture-of-experts&position=first");
    expect(filterHref("/authors/a", filters, { year: undefined })).toBe("/authors/a?topic=mixture-of-experts");
    expect(filterHref("/authors/a", {}, {})).toBe("/authors/a");
  });

  it("a page drops a hand-edited bad value and keeps the rest; the API refuses it", () => {
    expect(readAuthorFilters({ year: "twenty", position: "first", topic: ["moe", "x"] })).toEqual({ position: "first", topic: "moe" });
    expect(() => parseAuthorFilters(new URLSearchParams("position=middle"))).toThrow();
    expect(parseAuthorFilters(new URLSearchParams("year=2023"))).toEqual({ year: 2023 });
  });
});
