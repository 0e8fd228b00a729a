import { describe, expect, it } from "vitest";
import { exportRequestSchema } from "./formats";

describe("GET /api/search/export parameters", () => {
  it("format is bibtex, csv or json; missing or another is refused naming the choices", () => {
    expect(exportRequestSchema.parse({ format: "csv" })).toEqual({ format: "csv" });
    for (const format of [undefined, "xml", "CSV"]) {
      expect(exportRequestSchema.safeParse({ format }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["format: format is one of bibtex, csv, json"]);
    }
  });
});
