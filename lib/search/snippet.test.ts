import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightRanges, makeSnippet } from "./snippet";

/** The definition makeSnippet's fast path must agree with: split into words, find the first marked one. */
function snippetByWords(text: string, terms: string[]): string {
  const words = text.split(/\s+/);
  if (words.length <= 40) return text;
  const hit = words.findIndex((w) => highlightRanges(w, terms).length > 0);
  const start = Math.max(0, (hit < 0 ? 0 : hit) - 8);
  const end = Math.min(words.length, start + 40);
  return `${start > 0 ? "…" : ""}${words.slice(start, end).join(" ")}${end < words.length ? " …" : ""}`;
}

const word = fc.constantFrom("kernel", "Kernels", "ntk", "of", "a", "tangent-kernel", "(NTK)", "x2", "learning", "\\alpha", "Grok");
const space = fc.constantFrom(" ", "  ", "\n", "\t ", " \r\n");
const text = fc.array(fc.tuple(word, space), { minLength: 20, maxLength: 120, size: "max" }).chain((pairs) =>
  fc.tuple(fc.constantFrom("", " ", "\n"), fc.constant(pairs.map(([w, s]) => w + s).join(""))).map(([lead, body]) => lead + body),
);

describe("snippets", () => {
  it("cut about forty words around the first marked word, exactly as splitting into words would", () => {
    const terms = fc.subarray(["kernel", "ntk", "of", "a", "learn", "grok", "α"]);
    fc.assert(fc.property(text, terms, (t, ts) => {
      expect(makeSnippet(t, ts)).toBe(snippetByWords(t, ts));
    }), { numRuns: 1000 });
  });

  it("start a few words before the first match and mark the cuts", () => {
    const abstract = `${"filler ".repeat(30)}the neural tangent kernel ${"more ".repeat(60)}`.trim();
    const snippet = makeSnippet(abstract, ["tangent"]);
    expect(snippet.startsWith("…filler")).toBe(true);
    expect(snippet).toContain("the neural tangent kernel");
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet.split(" ").filter((w) => w !== "…")).toHaveLength(40);
  });
});
