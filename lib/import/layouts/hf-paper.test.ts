import { describe, it, expect } from "vitest";
import { dump, fixtureLines, otherDumps, unaccountedLines } from "../../../tests/helpers/layout-kit";
import { splitLines } from "../lines";
import { hfPaperLayout } from "./hf-paper";

const parse = (lines: ReturnType<typeof dump>) => hfPaperLayout.parse(lines, { file: "hf.txt" });

// A page copied without the "arxiv:" line: the URL pasted above it, an AI summary, one author line.
const URL_PAGE = dump(
  "https://huggingface.co/papers/2306.07042",
  "Papers",
  "Transformers learn through gradual rank increase",
  "Published on Jun 12",
  "Authors: Enric Boix-Adsera, Etai Littwin, Emmanuel Abbe, Samy Bengio, Joshua Susskind",
  "AI-generated summary",
  "Transformers trained from small initialization add one rank at a time to their weight updates.",
  "Abstract",
  "We identify incremental learning dynamics in transformers, where the difference between trained and initial weights progressively increases in rank.",
  "View arXiv page",
);

describe("hf-paper layout", () => {
  const lines = fixtureLines("hf-paper");
  const result = parse(lines);

  it("a Hugging Face paper page yields arXiv ID, title, authors, date and abstract", () => {
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      arxivId: "2304.03843",
      title: "Why think step by step? Reasoning emerges from the locality of experience",
      authors: ["Ben Prystawski", "Michael Y. Li", "Noah D. Goodman"],
      publishedAt: "2023-04-07",
      categories: [],
      source: { file: "hf.txt", format: "hf-paper" },
    });
    expect(result.records[0]!.abstract).toMatch(/^Humans have a powerful .* influence each other strongly\.\n\nThese training conditions .* in each sample\.$/s);
  });

  it("the submitter, upvotes and the boxes of models, datasets and collections citing the paper are chrome", () => {
    expect(unaccountedLines(lines, result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    const chromeText = new Set(lines.filter((l) => result.chrome.includes(l.no)).map((l) => l.text));
    for (const text of ["akhaliq", "Upvote", "12", "kpryst/bayes-net-local-samples", "Reasoning theory", "Models citing this paper"]) {
      expect(chromeText).toContain(text);
    }
  });

  it("takes the ID from the page URL, a one-line author list, and skips the AI-generated summary", () => {
    const { records, warnings } = parse(URL_PAGE);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      arxivId: "2306.07042",
      title: "Transformers learn through gradual rank increase",
      authors: ["Enric Boix-Adsera", "Etai Littwin", "Emmanuel Abbe", "Samy Bengio", "Joshua Susskind"],
      abstract: "We identify incremental learning dynamics in transformers, where the difference between trained and initial weights progressively increases in rank.",
    });
  });

  it("a date without a year takes the year of the ID when the months agree, and stays null otherwise", () => {
    expect(parse(URL_PAGE).records[0]!.publishedAt).toBe("2023-06-12");
    const otherMonth = URL_PAGE.map((l) => (l.text === "Published on Jun 12" ? { ...l, text: "Published on Jul 2" } : l));
    expect(parse(otherMonth).records[0]!.publishedAt).toBeNull();
  });

  it("an unknown line on a page becomes a warning", () => {
    const input = dump("arxiv:2304.03843", "Why think step by step?", "Published on Apr 7, 2023", "Ben Prystawski", "Lorem ipsum widget", "Abstract", "Humans reason.");
    const { records, warnings } = parse(input);
    expect(records[0]).toMatchObject({ authors: ["Ben Prystawski"], abstract: "Humans reason." });
    expect(warnings).toEqual([{ file: "hf.txt", line: 5, message: "unrecognised line on a paper page" }]);
  });

  it("two pages in a row, or one page pasted twice, give one record per page", () => {
    const text = lines.map((l) => `${l.text}  `).join("\r\n");
    const twice = parse(splitLines(`${text}\r\n${text}`));
    expect(twice.records).toHaveLength(2);
    expect(twice.records[1]).toEqual({ ...result.records[0], source: twice.records[1]!.source });
    expect(twice.warnings).toEqual([]);
    const mixed = parse([...lines, ...URL_PAGE.map((l) => ({ ...l, no: l.no + 1000 }))]);
    expect(mixed.records.map((r) => r.arxivId)).toEqual(["2304.03843", "2306.07042"]);
  });

  it("is confident on a paper page and does not claim the seed layouts or the other fixtures", () => {
    expect(hfPaperLayout.detect(lines)).toBeGreaterThan(0.8);
    const claimed = otherDumps("hf-paper").filter((d) => hfPaperLayout.detect(d.lines) >= 0.3);
    expect(claimed.map((d) => d.name)).toEqual([]);
  });

  // The timeout guards against catastrophic backtracking (minutes on such lines); speed
  // itself is measured by scripts/bench-adversarial.ts, not asserted.
  it("reads 1 MB lines built to make its patterns retry, and accounts for every line", { timeout: 60_000 }, () => {
    const huge = "arxiv: Published on Jun 1 huggingface.co/papers/ ".repeat(20_000);
    const spaced = `A${" ".repeat(1_000_000)}B`;
    const input = dump("arxiv:2304.03843", huge, "Published on Apr 7, 2023", huge, spaced, "Abstract", huge, `Cite arxiv.org/abs/${huge}`, "Authors:", spaced);
    expect(unaccountedLines(input, parse(input))).toEqual([]);
    expect(hfPaperLayout.detect(input)).toBeGreaterThanOrEqual(0);
  });
});
