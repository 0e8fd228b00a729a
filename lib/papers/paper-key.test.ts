import { describe, expect, it } from "vitest";
import { decidePaperKey, keyFromSegments, paperPath, readPaperKey } from "./paper-key";

const withId = { arxivId: "2306.07042", slug: "transformers-learn-through-gradual-rank-increase" };
const withoutId = { arxivId: null, slug: "the-serial-scaling-hypothesis" };

describe("permalink keys", () => {
  it("an arXiv ID, versioned or prefixed, is looked up without its version", () => {
    expect(readPaperKey("2306.07042")).toEqual({ arxivId: "2306.07042" });
    expect(readPaperKey("2306.07042v2")).toEqual({ arxivId: "2306.07042" });
    expect(readPaperKey("arXiv:2306.07042")).toEqual({ arxivId: "2306.07042" });
    expect(readPaperKey("math/0601001v3")).toEqual({ arxivId: "math/0601001" });
  });

  it("anything else is a slug, case folded", () => {
    expect(readPaperKey("The-Serial-Scaling-Hypothesis")).toEqual({ slug: "the-serial-scaling-hypothesis" });
    expect(readPaperKey("2399.00001")).toEqual({ slug: "2399.00001" }); // month 99: not an ID
  });

  it("the canonical key is found, every other key of the paper redirects to it", () => {
    expect(decidePaperKey("2306.07042", withId)).toEqual({ kind: "found", paper: withId });
    expect(decidePaperKey("2306.07042v2", withId)).toEqual({ kind: "redirect", to: "/papers/2306.07042" });
    expect(decidePaperKey(withId.slug, withId)).toEqual({ kind: "redirect", to: "/papers/2306.07042" });
    expect(decidePaperKey(withoutId.slug, withoutId)).toEqual({ kind: "found", paper: withoutId });
    expect(decidePaperKey("no-such-paper", null)).toEqual({ kind: "missing" });
  });

  it("an old-style ID keeps its slash in the permalink, whether asked with a slash or %2F", () => {
    const old = { arxivId: "math/0601001", slug: "some-old-paper" };
    expect(paperPath("math/0601001")).toBe("/papers/math/0601001");
    expect(keyFromSegments(["math", "0601001"])).toBe("math/0601001");
    expect(keyFromSegments(["math%2F0601001"])).toBe("math/0601001");
    expect(decidePaperKey(keyFromSegments(["math", "0601001"]), old)).toEqual({ kind: "found", paper: old });
    expect(decidePaperKey("math/0601001v2", old)).toEqual({ kind: "redirect", to: "/papers/math/0601001" });
  });

  it("a malformed percent-escape is read as the literal key", () => {
    expect(keyFromSegments(["100%-sure"])).toBe("100%-sure");
  });
});
