import { describe, expect, it } from "vitest";
import { wordDiff, type DiffSegment } from "./word-diff";

const side = (segments: DiffSegment[], drop: DiffSegment["kind"]) =>
  segments
    .filter((s) => s.kind !== drop)
    .map((s) => s.text)
    .join(" ");

describe("wordDiff", () => {
  it("identical texts are one unchanged segment", () => {
    expect(wordDiff("We prove a bound.", "We  prove a\nbound.")).toEqual([{ kind: "same", text: "We prove a bound." }]);
  });

  it("a rewritten first paragraph shows as removed and added words", () => {
    const before = "A central challenge in deep learning theory is to understand how networks learn. We prove FACT.";
    const after = "It is a central challenge in deep learning to understand how networks learn. We prove FACT.";
    expect(wordDiff(before, after)).toEqual([
      { kind: "removed", text: "A" },
      { kind: "added", text: "It is a" },
      { kind: "same", text: "central challenge in deep learning" },
      { kind: "removed", text: "theory is" },
      { kind: "same", text: "to understand how networks learn. We prove FACT." },
    ]);
  });

  it("keeping same + removed rebuilds the old text and same + added the new one", () => {
    const before = "the leap measures how hierarchical target functions are for SGD";
    const after = "the leap complexity measures how hierarchical the target functions are under SGD training";
    const segments = wordDiff(before, after);
    expect(side(segments, "added")).toBe(before);
    expect(side(segments, "removed")).toBe(after);
    expect(segments.filter((s) => s.kind === "same").map((s) => s.text)).toEqual([
      "the leap",
      "measures how hierarchical",
      "target functions are",
      "SGD",
    ]);
  });

  it("an appended sentence is one added segment at the end", () => {
    expect(wordDiff("We prove it.", "We prove it. Experiments agree.")).toEqual([
      { kind: "same", text: "We prove it." },
      { kind: "added", text: "Experiments agree." },
    ]);
  });

  it("texts with no word in common are all removed, then all added", () => {
    expect(wordDiff("alpha beta", "gamma delta")).toEqual([
      { kind: "removed", text: "alpha beta" },
      { kind: "added", text: "gamma delta" },
    ]);
  });

  it("empty texts give no segments", () => {
    expect(wordDiff("", "  ")).toEqual([]);
  });
});
