import { describe, expect, it } from "vitest";
import { searchParamsSchema } from "../search/params";
import { FEED_SIZE, feedSearchParams, searchFeed } from "./search-feed";
import { testPaper } from "./test-paper";

const ORIGIN = "https://abstracta.example";
const NOW = new Date("2030-01-01T00:00:00Z");
const params = (raw: Record<string, string | string[]>) => feedSearchParams(searchParamsSchema.parse(raw));

describe("the feed of a search", () => {
  it("is titled by its query, or 'all papers' for the whole library", () => {
    expect(searchFeed(params({ q: "au:boix" }), [], ORIGIN, NOW)).toContain("<title>Abstracta: au:boix</title>");
    expect(searchFeed(params({}), [], ORIGIN, NOW)).toContain("<title>Abstracta: all papers</title>");
    expect(searchFeed(params({ category: "cs.LG" }), [], ORIGIN, NOW)).toContain("<title>Abstracta: all papers (category: cs.LG)</title>");
  });

  it("runs newest first and keeps the same id whatever the page's sort, paging or facet order", () => {
    const a = params({ q: "moe", sort: "oldest", page: "3", year: ["2024", "2023"] });
    const b = params({ q: "moe", year: ["2023", "2024"] });
    expect(a.sort).toBe("newest");
    const id = (xml: string) => /<id>([^<]*)<\/id>/.exec(xml)![1];
    expect(id(searchFeed(a, [], ORIGIN, NOW))).toBe(id(searchFeed(b, [], ORIGIN, NOW)));
    expect(id(searchFeed(b, [], ORIGIN, NOW))).toBe("https://abstracta.example/feed.atom?q=moe&amp;year=2023&amp;year=2024");
  });

  it(`holds at most ${FEED_SIZE} entries`, () => {
    const papers = Array.from({ length: FEED_SIZE + 5 }, (_, i) => testPaper({ key: `p${i}` }));
    expect(searchFeed(params({}), papers, ORIGIN, NOW).match(/<entry>/g)).toHaveLength(FEED_SIZE);
  });
});
