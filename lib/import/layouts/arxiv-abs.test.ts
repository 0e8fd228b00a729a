import { describe, it, expect } from "vitest";
import { dump, fixtureLines, otherDumps, unaccountedLines } from "../../../tests/helpers/layout-kit";
import { splitLines } from "../lines";
import { arxivAbsLayout } from "./arxiv-abs";

const parse = (lines: ReturnType<typeof dump>) => arxivAbsLayout.parse(lines, { file: "abs.txt" });

describe("arxiv-abs layout", () => {
  const lines = fixtureLines("arxiv-abs");
  const result = parse(lines);

  it("an arXiv abstract page yields title, authors, date, categories, comments and ID", () => {
    const [first] = result.records;
    expect(first).toMatchObject({
      arxivId: "2301.05217",
      arxivVersion: 3,
      title: "Progress measures for grokking via mechanistic interpretability",
      authors: ["Neel Nanda", "Lawrence Chan", "Tom Lieberum", "Jess Smith", "Jacob Steinhardt"],
      authorsTruncated: false,
      publishedAt: "2023-01-12",
      categories: ["cs.LG", "cs.AI"],
      comments: "Accepted as a spotlight at ICLR 2023. 32 pages, 25 figures",
      source: { file: "abs.txt", format: "arxiv-abs" },
    });
  });

  it("publishedAt is the v1 date, not the date of the last revision", () => {
    expect(result.records.map((r) => r.publishedAt)).toEqual(["2023-01-12", "2022-07-18"]);
  });

  it("two abstract pages pasted one after another give two records", () => {
    expect(result.records.map((r) => r.arxivId)).toEqual(["2301.05217", "2207.08799"]);
    expect(result.records[1]!.categories).toEqual(["cs.LG", "cs.NE", "stat.ML"]);
  });

  it("an abstract of several paragraphs keeps them all, and its LaTeX as is", () => {
    const [first, second] = result.records;
    expect(first!.abstract!.split("\n\n")).toHaveLength(2);
    expect(first!.abstract).toMatch(/^Neural networks often exhibit.*removal of memorizing components\.$/s);
    expect(second!.abstract).toContain("approximately $n^{O(k)}$ iterations");
  });

  it("accounts for every line as record, chrome or warning, with no warnings on a clean page", () => {
    expect(unaccountedLines(lines, result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.chrome.length).toBeGreaterThan(100);
  });

  it("reads a title and author line that carry no labels", () => {
    const { records } = parse(
      dump(
        "Statistics > Machine Learning",
        "[Submitted on 20 Jun 2018]",
        "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
        "Arthur Jacot, Franck Gabriel, Clément Hongler",
        "Abstract:",
        "At initialization, artificial neural networks (ANNs) are equivalent to Gaussian processes in the infinite-width limit.",
        "Comments:",
        "NeurIPS 2018",
        "Subjects: Machine Learning (cs.LG); Neural and Evolutionary Computing (cs.NE); Probability (math.PR); Machine Learning (stat.ML)",
        "Cite as: arXiv:1806.07572 [cs.LG]",
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      arxivId: "1806.07572",
      arxivVersion: null,
      title: "Neural Tangent Kernel: Convergence and Generalization in Neural Networks",
      authors: ["Arthur Jacot", "Franck Gabriel", "Clément Hongler"],
      publishedAt: "2018-06-20",
      comments: "NeurIPS 2018",
      categories: ["cs.LG", "cs.NE", "math.PR", "stat.ML"],
    });
  });

  it("an unknown line inside a page becomes a warning, not a dropped line", () => {
    const input = dump("arXiv:2201.02177 (cs)", "Title:Grokking", "Authors:Alethea Power, Yuri Burda", "View PDF", "[object Object]", "Abstract:We study generalization.");
    const { records, warnings, chrome } = parse(input);
    expect(records).toHaveLength(1);
    expect(warnings).toEqual([{ file: "abs.txt", line: 5, message: "unrecognised line in an arXiv abstract page" }]);
    expect(chrome).toEqual([4]);
    expect(records[0]!.abstract).toBe("We study generalization.");
  });

  it("a page pasted twice yields its record twice, and CRLF or trailing spaces change nothing", () => {
    const text = fixtureLines("arxiv-abs").map((l) => `${l.text}   `).join("\r\n");
    const twice = parse(splitLines(`${text}\r\n${text}`));
    expect(twice.records.map((r) => r.arxivId)).toEqual(["2301.05217", "2207.08799", "2301.05217", "2207.08799"]);
    expect(twice.records[2]).toEqual({ ...result.records[0], source: twice.records[2]!.source });
    expect(twice.warnings).toEqual([]);
  });

  it("is confident on its fixture and does not claim the seed layouts or the other fixtures", () => {
    expect(arxivAbsLayout.detect(lines)).toBeGreaterThan(0.8);
    const claimed = otherDumps("arxiv-abs").filter((d) => arxivAbsLayout.detect(d.lines) >= 0.3);
    expect(claimed.map((d) => d.name)).toEqual([]);
  });

  // The timeout guards against catastrophic backtracking (minutes on such lines); speed
  // itself is measured by scripts/bench-adversarial.ts, not asserted.
  it("reads 1 MB lines built to make its patterns retry, and accounts for every line", { timeout: 60_000 }, () => {
    const huge = "a (".repeat(350_000);
    const spaced = `A${" ".repeat(1_000_000)}B`;
    const input = dump("[Submitted on 1 Jan 2020]", `Title:${huge}`, huge, `Abstract:${huge}`, `Computer Science > ${huge}`, `Subjects: ${huge}`, `Authors: ${spaced}`, "[Submitted on 2 Jan 2020]", "T", spaced);
    expect(unaccountedLines(input, parse(input))).toEqual([]);
    expect(arxivAbsLayout.detect(input)).toBeGreaterThanOrEqual(0);
  });
});
