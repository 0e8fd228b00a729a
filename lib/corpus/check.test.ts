import { beforeAll, describe, expect, it } from "vitest";
import { mergeCorpus, parseCorpus, type MergeCheck, type ParseCheck } from "./check";
import { buildCorpus, type Corpus } from "./dumps";

const PAPERS = 1_000;

describe("a generated corpus read back by the importer", () => {
  let corpus: Corpus;
  let parsed: ParseCheck;
  let merged: MergeCheck;

  beforeAll(() => {
    corpus = buildCorpus({ papers: PAPERS });
    parsed = parseCorpus(corpus);
    merged = mergeCorpus(corpus, parsed.dumps);
  });

  it("every generated file parses with the layout it was written in, no warnings", () => {
    expect(parsed.wrongLayout).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    // Titles split from glued authors, IDs, dates, categories, comments, abstracts: as written.
    expect(parsed.mismatches).toEqual([]);
    expect(parsed.dumps.reduce((n, d) => n + d.records.length, 0)).toBe(corpus.dumps.reduce((n, d) => n + d.entries.length, 0));
  });

  it("importing a generated 1,000-paper corpus finds every paper once: papers with two versions merge", () => {
    expect(merged.twoVersionPapers).toBeGreaterThan(50);
    // Every paper that only a wrong merge (next test) could disturb is one draft, and one
    // shown by two layouts keeps both abstract versions.
    expect(merged.splitUnexplained).toBe(0);
    expect(merged.twoVersionUntouchedMerged).toBe(merged.twoVersionUntouched);
    expect(merged.drafts).toBe(PAPERS - merged.papersMergedAway + merged.splitPapers);
  });

  it("no two generated papers end in one draft, and every paper is one draft", () => {
    expect(merged.mixedDrafts).toBe(0);
    expect(merged.drafts).toBe(PAPERS);
  });
});
