import { describe, expect, it } from "vitest";
import { seed } from "../../../tests/fixtures/seeds";
import { splitLines } from "../lines";
import { abstractLinesLayout } from "./abstract-lines";

const parse = (text: string) => abstractLinesLayout.parse(splitLines(text), { file: "a.txt" });

describe("abstract-lines layout", () => {
  it("the 000 and 003 seeds yield 10 abstracts each, without the 'Abstract:' prefix", () => {
    for (const prefix of ["000", "003"]) {
      const { records } = parse(seed(prefix).text);
      expect(records).toHaveLength(10);
      expect(records.every((r) => r.abstract && !r.abstract.startsWith("Abstract") && r.title === null)).toBe(true);
    }
  });

  it("treats a line without the prefix as a further paragraph of the abstract above", () => {
    const { records } = parse("Abstract: First part.\nSecond part.\nAbstract:Another one.");
    expect(records.map((r) => r.abstract)).toEqual(["First part.\n\nSecond part.", "Another one."]);
  });

  it("warns about text before the first abstract", () => {
    expect(parse("Header\nAbstract: Text.").warnings).toEqual([{ file: "a.txt", line: 1, message: expect.any(String) }]);
  });
});
