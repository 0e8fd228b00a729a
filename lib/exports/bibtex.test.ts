import { describe, expect, it } from "vitest";
import { papersBibtex } from "./bibtex";
import { testPaper } from "./test-paper";

describe("BibTeX export", () => {
  it("writes one @misc entry per paper, separated by a blank line", () => {
    const bib = papersBibtex([testPaper(), testPaper({ arxivId: "2306.07042", title: "Transformers learn through gradual rank increase", publishedAt: "2023-06-12" })]);
    expect(bib.match(/^@misc\{/gm)).toHaveLength(2);
    expect(bib).toContain("}\n\n@misc{abbe2023transformers,");
    expect(bib).toContain("eprint={2302.11055},");
    expect(bib.endsWith("}\n")).toBe(true);
  });

  it("gives papers that would share a citation key distinct keys", () => {
    const bib = papersBibtex([testPaper(), testPaper({ arxivId: "2302.99999" }), testPaper({ arxivId: null }), testPaper({ title: "B-splines", arxivId: null })]);
    const keys = [...bib.matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toEqual(["abbe2023sgd", "abbe2023sgdb", "abbe2023sgdc", "abbe2023bsplines"]);
  });

  it("an export of no papers is an empty file", () => {
    expect(papersBibtex([])).toBe("");
  });
});
