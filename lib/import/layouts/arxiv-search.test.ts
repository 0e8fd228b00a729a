import { describe, it, expect } from "vitest";
import { dump, fixtureLines, otherDumps, unaccountedLines } from "../../../tests/helpers/layout-kit";
import { splitLines } from "../lines";
import { arxivSearchLayout } from "./arxiv-search";

const parse = (lines: ReturnType<typeof dump>) => arxivSearchLayout.parse(lines, { file: "search.txt" });

describe("arxiv-search layout", () => {
  const lines = fixtureLines("arxiv-search");
  const result = parse(lines);

  it("a search result yields ID, tag categories, title, authors, abstract, v1 date and comments", () => {
    expect(result.records).toHaveLength(4);
    expect(result.records[0]).toMatchObject({
      arxivId: "2310.06110",
      title: "Grokking as the Transition from Lazy to Rich Training Dynamics",
      authors: ["Tanishq Kumar", "Blake Bordelon", "Samuel J. Gershman", "Cengiz Pehlevan"],
      categories: ["cs.LG", "cond-mat.dis-nn", "stat.ML"],
      publishedAt: "2023-10-09",
      comments: "ICLR 2024",
      source: { file: "search.txt", format: "arxiv-search" },
    });
  });

  it("publishedAt comes from 'v1 submitted' when given, else from 'Submitted'", () => {
    expect(result.records.map((r) => r.publishedAt)).toEqual(["2023-10-09", "2022-06-09", "2022-05-20", "2022-01-06"]);
  });

  it("a cut abstract keeps its text up to the ellipsis, without the ▽ More / △ Less toggles", () => {
    const [cut, full] = result.records;
    expect(cut!.abstract).toMatch(/^We propose that the grokking phenomenon.*existing theories\. …$/);
    expect(full!.abstract).toMatch(/^We characterize the minimizers.*for \$d = 200\$\.$/);
    expect(result.records.some((r) => /[▽△]/.test(r.abstract!))).toBe(false);
  });

  it("an expanded abstract after its cut version replaces it", () => {
    const { records } = parse(
      dump("arXiv:2201.02177 [pdf]", "cs.LG", "Grokking", "Authors: Alethea Power", "Abstract: In this paper … ▽ More", "In this paper we propose to study generalization. △ Less", "Submitted 6 January, 2022; originally announced January 2022."),
    );
    expect(records[0]!.abstract).toBe("In this paper we propose to study generalization.");
  });

  it("a DOI badge and LaTeX in the title are read as is", () => {
    expect(result.records[1]!.title).toBe("Precise Asymptotics of Weight Decay in Two-Layer Networks: When Does $\\ell_2$ Regularization Induce Sparsity?");
    expect(result.records[1]!.categories).toEqual(["stat.ML", "cs.LG", "math.ST"]);
  });

  it("accounts for every line, warning only about a category code outside the taxonomy", () => {
    expect(unaccountedLines(lines, result)).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(["unknown arXiv category code(s): physics.class-ph"]);
  });

  it("an unknown line inside a result becomes a warning", () => {
    const { records, warnings } = parse(dump("arXiv:2201.02177 [pdf]", "cs.LG", "Grokking", "Authors: Alethea Power", "Submitted 6 January, 2022; originally announced January 2022.", "Mystery line"));
    expect(records[0]).toMatchObject({ title: "Grokking", authors: ["Alethea Power"], publishedAt: "2022-01-06" });
    expect(warnings).toEqual([{ file: "search.txt", line: 6, message: "unrecognised line in a search result" }]);
  });

  it("a page pasted twice yields its results twice, and CRLF or trailing spaces change nothing", () => {
    const text = lines.map((l) => `${l.text} `).join("\r\n");
    const twice = parse(splitLines(`${text}\r\n${text}`));
    expect(twice.records.map((r) => r.arxivId)).toEqual([...result.records, ...result.records].map((r) => r.arxivId));
    expect(twice.records[4]).toEqual({ ...result.records[0], source: twice.records[4]!.source });
  });

  it("is confident on search results and does not claim the seed layouts or the other fixtures", () => {
    expect(arxivSearchLayout.detect(lines)).toBeGreaterThan(0.8);
    const claimed = otherDumps("arxiv-search").filter((d) => arxivSearchLayout.detect(d.lines) >= 0.3);
    expect(claimed.map((d) => d.name)).toEqual([]);
  });

  // The timeout guards against catastrophic backtracking (minutes on such lines); speed
  // itself is measured by scripts/bench-adversarial.ts, not asserted.
  it("reads 1 MB lines built to make its patterns retry, and accounts for every line", { timeout: 60_000 }, () => {
    const huge = "cs.LG ▽ More arXiv:[ ".repeat(50_000);
    const spaced = `A${" ".repeat(1_000_000)}B`;
    const input = dump(`arXiv:2201.02177 ${huge}`, "arXiv:2201.02177", huge, `Abstract: ${huge}`, `Submitted 6 January, 2022; v1 submitted ${huge}`, `Showing 1–50 of ${huge}`, `Authors: ${spaced}`, spaced);
    expect(unaccountedLines(input, parse(input))).toEqual([]);
    expect(arxivSearchLayout.detect(input)).toBeGreaterThanOrEqual(0);
  });
});
