import { describe, expect, it } from "vitest";
import { seed } from "../../../tests/fixtures/seeds";
import { arxivIdMonth } from "../fields/arxiv-id";
import { splitLines } from "../lines";
import { mergeRecords } from "../merge";
import { alphaxivFeedLayout } from "./alphaxiv-feed";
import { abstractIdListLayout, looksLikeComment } from "./abstract-id-list";

const parse = (text: string, file = "list.txt") => abstractIdListLayout.parse(splitLines(text), { file });
const ABSTRACT = "We study a question about learning that matters. ".repeat(4).trim();

describe("abstract-id-list layout", () => {
  const { records, warnings } = parse(seed("001").text);

  it("the 001 seed yields 10 abstracts, each with an arXiv ID", () => {
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.arxivId && r.abstract)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("attaches each ID to the abstract before it: every ID's month matches the date 004 lists for that paper", () => {
    const feed = alphaxivFeedLayout.parse(splitLines(seed("004").text), { file: "004" }).records;
    const { drafts } = mergeRecords([...records, ...feed]);
    const withBoth = drafts.filter((d) => d.arxivId && d.publishedAt);
    expect(withBoth).toHaveLength(10);
    for (const d of withBoth) expect(arxivIdMonth(d.arxivId!)).toBe(d.publishedAt!.slice(0, 7));
  });

  it("attaches a comments line to the entry whose ID follows it", () => {
    const withComments = records.filter((r) => r.comments).map((r) => [r.arxivId, r.comments]);
    expect(withComments).toEqual([
      ["2501.19149", "10 pages"],
      ["2403.09053", "47 pages, 5 figures. Please reach out with comments! Feedback is welcome"],
      ["2311.07064", "27 pages, 11 figures, preprint"],
      ["2310.09753", "24 figures"],
    ]);
  });

  it("reads markers that open their entries when the file starts with a marker", () => {
    const text = `arXiv:2301.00001${ABSTRACT}\n12 pages\narXiv:2302.00002v3Another abstract. ${ABSTRACT}\n`;
    const { records: r } = parse(text);
    expect(r.map((x) => [x.arxivId, x.arxivVersion, x.comments])).toEqual([
      ["2301.00001", null, "12 pages"],
      ["2302.00002", 3, null],
    ]);
  });

  it("tells comments lines from abstract prose", () => {
    expect(looksLikeComment("27 pages, 11 figures, preprint")).toBe(true);
    expect(looksLikeComment("Accepted at COLT 2024")).toBe(true);
    expect(looksLikeComment(ABSTRACT)).toBe(false);
  });
});
