import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { parseAuthorFilters } from "./filters";
import { authorParamsSchema } from "./route-params";

const messages = (run: () => unknown) => {
  try {
    run();
    return [];
  } catch (error) {
    return (error as ZodError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  }
};

describe("GET /api/authors/<slug> parameters: every one bounded, every bound named", () => {
  it("the slug is 1 to 300 characters", () => {
    expect(authorParamsSchema.parse({ slug: "enric-boix-adsera" })).toEqual({ slug: "enric-boix-adsera" });
    expect(messages(() => authorParamsSchema.parse({ slug: "a".repeat(301) }))).toEqual(["slug: an author slug is at most 300 characters"]);
    expect(messages(() => authorParamsSchema.parse({ slug: "" }))).toEqual(["slug: an author slug cannot be empty"]);
  });

  it("year is a whole number from 1900 to 2100", () => {
    expect(parseAuthorFilters(new URLSearchParams("year=2100"))).toEqual({ year: 2100 });
    expect(messages(() => parseAuthorFilters(new URLSearchParams("year=1899")))).toEqual(["year: year is 1900 to 2100"]);
    expect(messages(() => parseAuthorFilters(new URLSearchParams("year=2101")))).toEqual(["year: year is 1900 to 2100"]);
    expect(messages(() => parseAuthorFilters(new URLSearchParams("year=soon")))).toEqual(["year: year must be a whole number"]);
  });

  it("topic is at most 200 characters", () => {
    expect(parseAuthorFilters(new URLSearchParams(`topic=${"t".repeat(200)}`)).topic).toHaveLength(200);
    expect(messages(() => parseAuthorFilters(new URLSearchParams(`topic=${"t".repeat(201)}`)))).toEqual(["topic: topic is at most 200 characters"]);
  });

  it("position is first, last or solo", () => {
    expect(messages(() => parseAuthorFilters(new URLSearchParams("position=middle")))).toEqual(["position: position is one of first, last, solo"]);
  });
});
