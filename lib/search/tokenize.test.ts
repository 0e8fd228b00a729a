import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchWords } from "../import/text-match";
import { tokenize } from "./tokenize";

describe("the search tokenizer", () => {
  it("splits any text exactly as the importer's matchWords does (ASCII fast path included)", () => {
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 .-_$\\{}()\n\tkernelNTK".split("")), size: "medium" });
    const mixed = fc.string({ unit: fc.constantFrom(..."aZ9 -\\αÉéﬁ①ß".split("")) });
    fc.assert(fc.property(fc.oneof(ascii, mixed, fc.string()), (text) => {
      expect(tokenize(text)).toEqual(matchWords(text));
    }), { numRuns: 2000 });
  });

  it("lowercases and splits on anything but letters and digits", () => {
    expect(tokenize("Neural Tangent-Kernel (NTK) in 2023")).toEqual(["neural", "tangent", "kernel", "ntk", "in", "2023"]);
    expect(tokenize("$\\alpha$-stable")).toEqual(["α", "stable"]);
  });
});
