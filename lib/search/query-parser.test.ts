import { describe, expect, it } from "vitest";
import { highlightTerms, parseQuery } from "./query-parser";

describe("the search query language", () => {
  it("reads plain words as clauses over all fields", () => {
    expect(parseQuery("Neural tangent").clauses).toEqual([
      { field: "all", words: ["neural"], phrase: false, negated: false },
      { field: "all", words: ["tangent"], phrase: false, negated: false },
    ]);
  });

  it("reads field prefixes au:, ti: and abs:, with words or quoted phrases", () => {
    const { clauses } = parseQuery('au:boix ti:"tangent kernel" abs:grokking');
    expect(clauses).toEqual([
      { field: "authors", words: ["boix"], phrase: false, negated: false },
      { field: "title", words: ["tangent", "kernel"], phrase: true, negated: false },
      { field: "abstract", words: ["grokking"], phrase: false, negated: false },
    ]);
  });

  it("reads cat: and year: as filters, with year ranges", () => {
    expect(parseQuery("cat:cs.LG year:2023")).toMatchObject({ categories: ["cs.LG"], years: { from: 2023, to: 2023 }, clauses: [] });
    expect(parseQuery("year:2023..2021").years).toEqual({ from: 2021, to: 2023 });
  });

  it("reads -word and -\"phrase\" as exclusions", () => {
    expect(parseQuery('llm -reasoning -"chain of thought"').clauses.map((c) => [c.words.join(" "), c.negated])).toEqual([
      ["llm", false],
      ["reasoning", true],
      ["chain of thought", true],
    ]);
  });

  it("matches a hyphenated word as a phrase of its parts", () => {
    expect(parseQuery("chain-of-thought").clauses[0]).toMatchObject({ words: ["chain", "of", "thought"], phrase: true });
  });

  it("never throws: an unknown field and an open quote become words and hints", () => {
    const q = parseQuery('foo:bar "neural tangent');
    expect(q.clauses.map((c) => c.words.join(" "))).toEqual(["foo bar", "neural tangent"]);
    expect(q.hints).toHaveLength(2);
    expect(parseQuery("year:soon").hints[0]).toMatch(/not a year/);
  });

  it("folds LaTeX and case the way the index does", () => {
    expect(parseQuery("\\alpha-Stable").clauses[0]!.words).toEqual(["α", "stable"]);
  });

  it("does not highlight the commonest words", () => {
    expect(highlightTerms(parseQuery("mixture of experts"))).toEqual(["mixture", "experts"]);
  });
});

describe("an overlong query", () => {
  it("reads the first 250 words and phrases and says the rest were ignored", () => {
    const q = parseQuery(Array.from({ length: 300 }, (_, i) => `w${i}`).join(" "));
    expect(q.clauses).toHaveLength(250);
    expect(q.clauses.at(-1)!.words).toEqual(["w249"]);
    expect(q.hints).toEqual(["Only the first 250 words and phrases were searched for."]);
  });

  it("a query of 250 words is read whole, without a hint", () => {
    const q = parseQuery(Array.from({ length: 250 }, (_, i) => `w${i}`).join(" "));
    expect(q.clauses).toHaveLength(250);
    expect(q.hints).toEqual([]);
  });
});
