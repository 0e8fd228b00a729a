import { describe, expect, it } from "vitest";
import { searchParamsSchema } from "../search/params";
import { papersJson } from "./json";
import { testPaper } from "./test-paper";

describe("JSON export", () => {
  it("carries the search, the total and every paper with an absolute URL", () => {
    const params = searchParamsSchema.parse({ q: "au:boix", page: "3", category: "cs.LG" });
    const out = papersJson(params, [testPaper(), testPaper({ key: "gulp", arxivId: null })], "https://abstracta.example");
    expect(out.query).toEqual({ q: "au:boix", sort: "relevance", year: [], author: [], category: ["cs.LG"], topic: [], hasId: [] });
    expect(out.total).toBe(2);
    expect(out.papers[0]).toEqual({
      id: "2302.11055",
      arxivId: "2302.11055",
      title: "SGD learning on neural networks: leap complexity and saddle-to-saddle dynamics",
      authors: ["Emmanuel Abbe", "Enric Boix-Adsera"],
      authorsTruncated: false,
      publishedAt: "2023-02-21",
      categories: ["cs.LG", "stat.ML"],
      abstract: "We investigate the time complexity of SGD learning on fully-connected neural networks.",
      url: "https://abstracta.example/papers/2302.11055",
    });
    expect(out.papers[1]).toMatchObject({ id: "gulp", arxivId: null, url: "https://abstracta.example/papers/gulp" });
  });
});
