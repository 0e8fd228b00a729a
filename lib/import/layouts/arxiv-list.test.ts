import { describe, it, expect } from "vitest";
import { dump, fixtureLines, otherDumps, unaccountedLines } from "../../../tests/helpers/layout-kit";
import { splitLines } from "../lines";
import { arxivListLayout } from "./arxiv-list";

const parse = (lines: ReturnType<typeof dump>) => arxivListLayout.parse(lines, { file: "list.txt" });

const RECENT_PAGE = dump(
  "arxiv logo > cs.LG",
  "Help | Advanced Search",
  "Machine Learning",
  "Authors and titles for recent submissions",
  "Fri, 16 Jun 2023",
  "Thu, 15 Jun 2023",
  "See today's new changes",
  "Total of 1234 entries : 1-25 26-50 51-75 76-100 ... 1226-1234",
  "Showing up to 25 entries per page: fewer | more | all",
  "Fri, 16 Jun 2023 (showing 25 of 187 entries )",
  "[1] arXiv:2306.09345 [pdf, other]",
  "Title: Implicit Bias of Adam on Separable Data",
  "Authors: Lena Vogt, Ricardo Saldanha",
  "Subjects: Machine Learning (cs.LG); Optimization and Control (math.OC)",
  "[2] arXiv:2306.09201 [pdf, html, other]",
  "Title: A Kernel Perspective on $\\mu$P",
  "Authors: Oskar Lindqvist, Ayesha Siddiqui, Tran Minh Duc",
  "Comments: 18 pages",
  "Subjects: Machine Learning (stat.ML); Machine Learning (cs.LG)",
  "Thu, 15 Jun 2023 (showing first 25 of 201 entries )",
  "[26] arXiv:2306.08513 [pdf, other]",
  "Title: Depth Separations for Neural Networks Learning Radial Functions",
  "Authors: Noa Sheffer",
  "Subjects: Machine Learning (cs.LG)",
);

describe("arxiv-list layout", () => {
  const lines = fixtureLines("arxiv-list");
  const result = parse(lines);

  it("a /new listing yields ID, title, authors, comments, categories and abstract per entry", () => {
    expect(result.records).toHaveLength(5);
    expect(result.records[0]).toMatchObject({
      arxivId: "2306.07131",
      title: "Sharp Generalization Bounds for Gradient Descent on Overparameterized Two-Layer Networks via Algorithmic Stability",
      authors: ["Yunqi Hartmann", "Priya Raghunathan", "Tobias M. Leclerc"],
      comments: "41 pages, 2 figures",
      categories: ["cs.LG", "stat.ML"],
      source: { file: "list.txt", format: "arxiv-list" },
    });
    expect(result.records[0]!.abstract).toMatch(/^We study the generalization .*\$\\tilde\{O\}\(1\/\\sqrt\{n\}\)\$.*polynomial factor\.$/);
  });

  it("new submissions, cross-lists and replacements are all entries, with the listed primary category first", () => {
    expect(result.records.map((r) => r.arxivId)).toEqual(["2306.07131", "2306.07205", "2306.07266", "2306.06978", "2211.09317"]);
    expect(result.records[3]!.categories).toEqual(["stat.ML", "cs.LG", "math.PR"]);
  });

  it("leaves publishedAt null: the page shows announcement dates, not submission dates", () => {
    expect(result.records.every((r) => r.publishedAt === null)).toBe(true);
  });

  it("an abstract of two paragraphs keeps both", () => {
    expect(result.records[1]!.abstract!.split("\n\n")).toHaveLength(2);
  });

  it("accounts for every line as record, chrome or warning, with no warnings on a clean page", () => {
    expect(unaccountedLines(lines, result)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("a /recent listing without abstracts, under date headers, gives title-only entries", () => {
    const recent = parse(RECENT_PAGE);
    expect(recent.records.map((r) => [r.arxivId, r.title, r.abstract])).toEqual([
      ["2306.09345", "Implicit Bias of Adam on Separable Data", null],
      ["2306.09201", "A Kernel Perspective on $\\mu$P", null],
      ["2306.08513", "Depth Separations for Neural Networks Learning Radial Functions", null],
    ]);
    expect(recent.warnings).toEqual([]);
    expect(unaccountedLines(RECENT_PAGE, recent)).toEqual([]);
  });

  it("reads the older listing format with double spaces and dated section headers", () => {
    const old = parse(
      dump(
        "New submissions for Tue, 13 Jun 23",
        "[1]  arXiv:2306.07131 [pdf, other]",
        "Title: Sharp Generalization Bounds for Gradient Descent",
        "Authors: Yunqi Hartmann, Priya Raghunathan",
        "Subjects: Machine Learning (cs.LG)",
        "Cross-lists for Tue, 13 Jun 23",
        "Replacements for Tue, 13 Jun 23",
      ),
    );
    expect(old.records.map((r) => r.arxivId)).toEqual(["2306.07131"]);
    expect(old.chrome).toEqual([1, 6, 7]);
  });

  it("an unknown line inside an entry becomes a warning, not part of a field", () => {
    const { records, warnings } = parse(dump("arXiv:2306.09345 [pdf]", "Title: Implicit Bias of Adam", "zz", "Authors: Lena Vogt", "Subjects: Machine Learning (cs.LG)"));
    expect(records[0]).toMatchObject({ title: "Implicit Bias of Adam", authors: ["Lena Vogt"], abstract: null });
    expect(warnings).toEqual([{ file: "list.txt", line: 3, message: "unrecognised line in a listing entry" }]);
  });

  it("a page pasted twice yields its entries twice, and CRLF or trailing spaces change nothing", () => {
    const text = lines.map((l) => `${l.text}  `).join("\r\n");
    const twice = parse(splitLines(`${text}\r\n${text}`));
    expect(twice.records).toHaveLength(10);
    expect(twice.records[5]).toEqual({ ...result.records[0], source: twice.records[5]!.source });
    expect(twice.warnings).toEqual([]);
  });

  it("is confident on listings and does not claim the seed layouts or the other fixtures", () => {
    expect(arxivListLayout.detect(lines)).toBeGreaterThan(0.8);
    expect(arxivListLayout.detect(RECENT_PAGE)).toBeGreaterThan(0.6);
    const claimed = otherDumps("arxiv-list").filter((d) => arxivListLayout.detect(d.lines) >= 0.3);
    expect(claimed.map((d) => d.name)).toEqual([]);
  });

  // The timeout guards against catastrophic backtracking (minutes on such lines); speed
  // itself is measured by scripts/bench-adversarial.ts, not asserted.
  it("reads 1 MB lines built to make its patterns retry, and accounts for every line", { timeout: 60_000 }, () => {
    const huge = "[1] arXiv:( [".repeat(80_000);
    const spaced = `A${" ".repeat(1_000_000)}B`;
    const input = dump(`arXiv:2306.09345 ${huge}`, `[1] ${huge}`, `Subjects: ${huge}`, `Title: ${huge}`, `Fri, 16 Jun 2023 (${huge}`, huge, `arXiv:2306.09345${spaced}`, `Authors: ${spaced}`);
    expect(unaccountedLines(input, parse(input))).toEqual([]);
    expect(arxivListLayout.detect(input)).toBeGreaterThanOrEqual(0);
  });
});
