import { describe, expect, it } from "vitest";
import { rawSearchParams, searchParamsSchema } from "./params";

/** The "param: message" lines a 400 would carry for this query string, or [] when it passes. */
function problems(query: string): string[] {
  const parsed = searchParamsSchema.safeParse(rawSearchParams(new URLSearchParams(query)));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const values = (name: string, count: number) => Array.from({ length: count }, (_, i) => `${name}=v${i}`).join("&");

describe("search parameters: every one bounded, every bound named", () => {
  it("an empty query string reads as the defaults", () => {
    expect(searchParamsSchema.parse(rawSearchParams(new URLSearchParams("")))).toEqual({
      q: "", page: 1, pageSize: 20, sort: "relevance", year: [], author: [], category: [], topic: [], hasId: [],
    });
  });

  it("the query is at most 500 characters, and given once", () => {
    expect(problems(`q=${"a".repeat(500)}`)).toEqual([]);
    expect(problems(`q=${"a".repeat(501)}`)).toEqual(["q: the query is longer than 500 characters"]);
    expect(problems("q=a&q=b")).toEqual(["q: q is given once"]);
  });

  it("page is a whole number from 1 to 10000", () => {
    expect(problems("page=10000")).toEqual([]);
    expect(problems("page=0")).toEqual(["page: page is 1 to 10000"]);
    expect(problems("page=10001")).toEqual(["page: page is 1 to 10000"]);
    expect(problems("page=1.5")).toEqual(["page: page must be a whole number"]);
    expect(problems("page=two")).toEqual(["page: page must be a whole number"]);
  });

  it("pageSize is a whole number from 1 to 100", () => {
    expect(problems("pageSize=100")).toEqual([]);
    expect(problems("pageSize=0")).toEqual(["pageSize: pageSize is 1 to 100"]);
    expect(problems("pageSize=101")).toEqual(["pageSize: pageSize is 1 to 100"]);
    expect(problems("pageSize=1e9")).toEqual(["pageSize: pageSize is 1 to 100"]);
  });

  it("a facet takes at most 20 values", () => {
    for (const facet of ["author", "category", "topic", "year", "hasId"]) {
      expect(problems(values(facet, 21))).toContain(`${facet}: at most 20 values per facet`);
    }
    expect(problems(values("author", 20))).toEqual([]);
  });

  it("a facet value is 1 to 200 characters", () => {
    expect(problems(`author=${"a".repeat(200)}`)).toEqual([]);
    expect(problems(`author=${"a".repeat(201)}`)).toEqual(["author.0: a facet value is at most 200 characters"]);
    expect(problems(`topic=x&topic=${"t".repeat(201)}`)).toEqual(["topic.1: a facet value is at most 200 characters"]);
    expect(problems("category=")).toEqual(["category.0: a facet value cannot be empty"]);
  });

  it("sort, year and hasId take only their known values", () => {
    expect(problems("sort=best")).toEqual(["sort: sort is one of relevance, newest, oldest"]);
    expect(problems("year=20231")).toEqual(["year.0: year is four digits"]);
    expect(problems("hasId=maybe")).toEqual(["hasId.0: hasId is yes or no"]);
  });
});
