import { describe, expect, it } from "vitest";
import { exportFilename } from "./filename";

describe("export file names", () => {
  it("name the file after the query, or the library when there is none", () => {
    expect(exportFilename("au:boix", "bib")).toBe("abstracta-au-boix.bib");
    expect(exportFilename('"Mixture of Experts" -sparse', "csv")).toBe("abstracta-mixture-of-experts-sparse.csv");
    expect(exportFilename("Schölkopf", "json")).toBe("abstracta-scholkopf.json");
    expect(exportFilename("", "bib")).toBe("abstracta-library.bib");
    expect(exportFilename("∑∫", "bib")).toBe("abstracta-library.bib");
  });

  it("keep the name short and free of quotes or slashes", () => {
    const name = exportFilename(`${"very long query ".repeat(20)}"/\\`, "csv");
    expect(name.length).toBeLessThanOrEqual("abstracta-".length + 60 + ".csv".length);
    expect(name).toMatch(/^abstracta-[a-z0-9-]+\.csv$/);
    expect(name).not.toMatch(/-\.csv$/);
  });
});
