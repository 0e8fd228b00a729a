import { describe, it, expect } from "vitest";
import { dump, fixtureLines, otherDumps, unaccountedLines } from "../../../tests/helpers/layout-kit";
import { splitLines } from "../lines";
import { hfDailyLayout } from "./hf-daily";

const parse = (lines: ReturnType<typeof dump>) => hfDailyLayout.parse(lines, { file: "daily.txt" });

describe("hf-daily layout", () => {
  const lines = fixtureLines("hf-daily");
  const result = parse(lines);

  it("a daily papers list yields one record per card: title, date and abstract snippet", () => {
    expect(result.records.map((r) => [r.title, r.publishedAt])).toEqual([
      ["Transformers learn through gradual rank increase", "2023-06-12"],
      ["Birth of a Transformer: A Memory Viewpoint", "2023-06-01"],
      ["On the Sample Complexity of $k$-Sparse Parity Learning with Two-Layer Networks", "2023-06-11"],
      ["Scaling Limits of Sparse Attention in the Infinite-Depth Regime", null],
    ]);
    expect(result.records[0]!.abstract).toMatch(/^We identify incremental learning dynamics .* small initialization…$/);
    expect(result.records[3]!.abstract).toBeNull();
    expect(result.records[0]!.source).toMatchObject({ file: "daily.txt", format: "hf-daily" });
  });

  it("an author count is not an author list: authors stay empty and are marked truncated", () => {
    expect(result.records.every((r) => r.authors.length === 0 && r.authorsTruncated)).toBe(true);
  });

  it("a date without a year, such as 'Jun 12', is kept as no date", () => {
    expect(result.records[3]!.publishedAt).toBeNull();
  });

  it("submitters, upvote counts, the page's date and the menus are chrome, and no line is lost", () => {
    expect(unaccountedLines(lines, result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    const chromeText = lines.filter((l) => result.chrome.includes(l.no)).map((l) => l.text);
    expect(chromeText).toEqual(expect.arrayContaining(["Submitted by", "akhaliq", "27", "Jun 13", "Paper page", "Daily Papers"]));
  });

  it("cards that show the title first and the submitter last are read the same", () => {
    const { records, warnings } = parse(
      dump(
        "Trending Papers",
        "Birth of a Transformer: A Memory Viewpoint",
        "· 5 authors",
        "Published on Jun 1, 2023",
        "Submitted by taesiri",
        "14",
        "Transformers learn through gradual rank increase",
        "· 5 authors",
        "Published on Jun 12, 2023",
        "Submitted by akhaliq",
      ),
    );
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.title, r.publishedAt, r.source.line, r.source.endLine])).toEqual([
      ["Birth of a Transformer: A Memory Viewpoint", "2023-06-01", 2, 4],
      ["Transformers learn through gradual rank increase", "2023-06-12", 7, 9],
    ]);
  });

  it("text that is not part of a card becomes a warning", () => {
    const { records, warnings } = parse(dump("Some banner we do not know", "Submitted by akhaliq", "Birth of a Transformer", "· 5 authors"));
    expect(records.map((r) => r.title)).toEqual(["Birth of a Transformer"]);
    expect(warnings).toEqual([{ file: "daily.txt", line: 1, message: "text outside a paper card" }]);
  });

  it("a page pasted twice yields its cards twice, and CRLF or trailing spaces change nothing", () => {
    const text = lines.map((l) => `${l.text} `).join("\r\n");
    const twice = parse(splitLines(`${text}\r\n${text}`));
    expect(twice.records).toHaveLength(8);
    expect(twice.records[4]).toEqual({ ...result.records[0], source: twice.records[4]!.source });
    expect(twice.warnings).toEqual([]);
  });

  it("is confident on a daily list and does not claim the seed layouts or the other fixtures", () => {
    expect(hfDailyLayout.detect(lines)).toBeGreaterThan(0.8);
    const claimed = otherDumps("hf-daily").filter((d) => hfDailyLayout.detect(d.lines) >= 0.3);
    expect(claimed.map((d) => d.name)).toEqual([]);
  });

  // The timeout guards against catastrophic backtracking (minutes on such lines); speed
  // itself is measured by scripts/bench-adversarial.ts, not asserted.
  it("reads 1 MB lines built to make its patterns retry, and accounts for every line", { timeout: 60_000 }, () => {
    const huge = "· 5 authors Published on Jun 12, ".repeat(30_000);
    const spaced = `A${" ".repeat(1_000_000)}B`;
    const input = dump("Submitted by akhaliq", huge, `Published on ${huge}`, huge, `Submitted by ${huge}`, spaced, `· 5 authors${spaced}`);
    expect(unaccountedLines(input, parse(input))).toEqual([]);
    expect(hfDailyLayout.detect(input)).toBeGreaterThanOrEqual(0);
  });
});
