import { describe, expect, it } from "vitest";
import { seed } from "../../../tests/fixtures/seeds";
import { splitLines } from "../lines";
import { hfSearchLayout } from "./hf-search";

const parse = (text: string) => hfSearchLayout.parse(splitLines(text), { file: "hf.txt" });
const ABSTRACT = "We prove that a model learns a thing under conditions that we state. ".repeat(3).trim();

describe("hf-search layout", () => {
  const { records, chrome, warnings } = parse(seed("002").text);

  it("the 002 seed yields 119 papers with titles and abstracts, and recognises the page chrome", () => {
    expect(records).toHaveLength(119);
    expect(records.every((r) => r.title && r.abstract)).toBe(true);
    expect(chrome).toEqual([1, 2]);
    expect(warnings).toEqual([]);
  });

  it("separates the first title from the chrome word glued before it", () => {
    expect(records[0]!.title).toBe("Computational Limits of Low-Rank Adaptation (LoRA) for Transformer-Based Models");
    expect(records[0]!.source).toMatchObject({ line: 3, endLine: 4 });
  });

  it("warns about a short line that is not followed by an abstract", () => {
    const { records: r, warnings: w } = parse(`A Title\n${ABSTRACT}\nStray button text\n`);
    expect(r).toHaveLength(1);
    expect(w).toEqual([{ file: "hf.txt", line: 3, message: expect.stringContaining("not followed by an abstract") }]);
  });
});
