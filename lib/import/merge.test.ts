import { describe, expect, it } from "vitest";
import { seed } from "../../tests/fixtures/seeds";
import { mergeRecords } from "./merge";
import { parseDump } from "./parse-dump";
import { emptyRecord, type ParsedRecord } from "./types";

const seedRecords = () => ["000", "001", "002", "003", "004"].flatMap((p) => parseDump(seed(p).text, p).records);
const record = (fields: Partial<ParsedRecord>, line = 1): ParsedRecord => ({
  ...emptyRecord({ file: "t.txt", line, endLine: line, format: "test" }),
  ...fields,
});
const ABSTRACT =
  "We study the sample complexity of learning sparse parities with two-layer networks trained by gradient descent, and show a separation between kernel methods and feature learning under isotropic data.";

describe("merging records into papers", () => {
  const { drafts, duplicates } = mergeRecords(seedRecords());
  const byId = (id: string) => drafts.find((d) => d.arxivId === id)!;

  it("the five seeds hold 148 distinct papers: 19 authored, 10 with IDs, 119 titled only, 10 abstract only", () => {
    expect(drafts).toHaveLength(148);
    expect(drafts.filter((d) => d.authors.length > 0)).toHaveLength(19);
    expect(drafts.filter((d) => d.arxivId)).toHaveLength(10);
    expect(drafts.filter((d) => d.title && d.authors.length === 0)).toHaveLength(119);
    expect(drafts.filter((d) => !d.title)).toHaveLength(10);
    expect(duplicates).toEqual([]);
  });

  it("merges a paper whose abstract was rewritten when its ID month matches the listed date", () => {
    const fact = byId("2507.05644");
    expect(fact.title).toMatch(/^The Features at Convergence Theorem/);
    expect(fact.abstracts).toHaveLength(2);
    expect(byId("2310.09753").abstracts).toHaveLength(2);
    expect(byId("2311.07064").title).toBe("Prompts have evil twins");
  });

  it("keeps one version for abstracts that differ only in notation (\\alpha vs α)", () => {
    const ntk = byId("2305.13141");
    expect(ntk.abstracts).toHaveLength(1);
    expect(ntk.records.map((r) => r.source.file).sort()).toEqual(["000", "001", "004"]);
  });

  it("never merges papers that share topic and authors but not identity", () => {
    const wasserstein = drafts.filter((d) => d.title?.startsWith("Wasserstein barycenters"));
    expect(wasserstein).toHaveLength(2);
    const fact = drafts.filter((d) => d.title?.startsWith("FACT"));
    expect(fact).toHaveLength(1);
    expect(fact[0]!.arxivId).toBeNull();
  });

  it("a page pasted twice yields each paper once, with both sources", () => {
    const twice = mergeRecords([record({ title: "A Paper", abstract: ABSTRACT }, 1), record({ title: "A Paper", abstract: ABSTRACT }, 9)]);
    expect(twice.drafts).toHaveLength(1);
    expect(twice.drafts[0]!.records).toHaveLength(2);
  });

  it("a complete author list replaces one cut by et al., never the reverse", () => {
    const cut = record({ arxivId: "2301.00001", authors: ["A Author", "B Author"], authorsTruncated: true });
    const full = record({ arxivId: "2301.00001", authors: ["A Author", "B Author", "C Author", "D Author"] });
    for (const order of [[cut, full], [full, cut]]) {
      const [paper] = mergeRecords(order).drafts;
      expect(paper!.authors).toHaveLength(4);
      expect(paper!.authorsTruncated).toBe(false);
    }
  });

  it("keeps apart two similar abstracts whose dates contradict, and records them as possible duplicates", () => {
    const a = record({ abstract: ABSTRACT, publishedAt: "2020-01-05", title: "One" });
    const b = record({ abstract: `${ABSTRACT} We also add a new section.`, publishedAt: "2023-06-01" });
    const result = mergeRecords([a, b]);
    expect(result.drafts).toHaveLength(2);
    expect(result.duplicates).toHaveLength(1);
    expect(result.duplicates[0]!.reason).toMatch(/dates far apart/);
  });

  it("one arXiv ID is one paper even when its title changed between versions", () => {
    const v1 = record({ arxivId: "2301.00001", title: "Grokking as a phase transition", abstract: ABSTRACT, publishedAt: "2023-01-03" }, 1);
    const v2 = record({ arxivId: "2301.00001", title: "Grokking is a first-order phase transition", abstract: ABSTRACT }, 9);
    const result = mergeRecords([v1, v2]);
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]!.records).toHaveLength(2);
  });

  it("never merges two different arXiv IDs", () => {
    const result = mergeRecords([record({ arxivId: "2301.00001", abstract: ABSTRACT }), record({ arxivId: "2301.00002", abstract: ABSTRACT })]);
    expect(result.drafts).toHaveLength(2);
  });

  describe("a rewritten abstract (few shared words, no shared title)", () => {
    const FIRST = "We prove that gradient descent on overparameterised attention layers converges to max-margin token selectors, and characterise the implicit bias of softmax attention under separable data.";
    const REWRITTEN = "Softmax attention trained by gradient descent selects tokens like a max-margin separator: we characterise this implicit bias for overparameterised layers and prove convergence.";
    const OTHER = "A kernel two-sample test for distribution shift in reinforcement learning benchmarks, with finite-sample guarantees and experiments on continuous control.";
    const listed = (abstract: string, line: number, authors: string[] = []) => record({ title: `Paper ${line}`, abstract, publishedAt: "2024-03-11", authors }, line);
    const withId = (abstract: string, line: number, authors: string[] = []) => record({ arxivId: "2403.01234", abstract, authors }, line);

    it("joins the one paper listed in its ID's month", () => {
      const result = mergeRecords([listed(FIRST, 1), withId(REWRITTEN, 2)]);
      expect(result.drafts).toHaveLength(1);
      expect(result.drafts[0]!.abstracts).toHaveLength(2);
    });

    it("stays apart when other papers are listed in that month: the month no longer tells which", () => {
      const result = mergeRecords([listed(FIRST, 1), listed(OTHER, 2), withId(REWRITTEN, 3)]);
      expect(result.drafts).toHaveLength(3);
    });

    it("joins a paper of a crowded month when the two share an author", () => {
      const result = mergeRecords([listed(FIRST, 1, ["Ada Lovelace"]), listed(OTHER, 2), withId(REWRITTEN, 3, ["Ada Lovelace", "Alan Turing"])]);
      expect(result.drafts).toHaveLength(2);
      expect(result.drafts.find((d) => d.arxivId)!.abstracts).toHaveLength(2);
    });
  });
});
