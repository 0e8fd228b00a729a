import { describe, expect, it } from "vitest";
import { splitTitleAndAuthors } from "./title-author-split";

const none = new Set<string>();

describe("splitting a title glued to its author list", () => {
  it("splits at the glue between a lowercase letter and the first name", () => {
    expect(splitTitleAndAuthors("Deep nets learn fastJane Doe, John Roe", none)).toMatchObject({
      title: "Deep nets learn fast",
      authors: ["Jane Doe", "John Roe"],
      truncated: false,
    });
  });

  it("does not split inside acronyms or camel case in the title", () => {
    expect(splitTitleAndAuthors("MoBA: Mixture of Block Attention for LLMsJane Doe", none)?.title).toBe(
      "MoBA: Mixture of Block Attention for LLMs",
    );
    expect(splitTitleAndAuthors("HyperAttention in GPTJane Q. Doe et al.", none)).toMatchObject({
      title: "HyperAttention in GPT",
      authors: ["Jane Q. Doe"],
      truncated: true,
    });
  });

  it("keeps a comma inside the title when the names come after it", () => {
    expect(splitTitleAndAuthors("Learn, then forgetJane Doe, John Roe", none)?.title).toBe("Learn, then forget");
  });

  it("prefers a name seen elsewhere when the title and name are separated by a space", () => {
    const known = new Set(["janedoe"]);
    expect(splitTitleAndAuthors("Notes on Graph Theory Jane Doe", known)?.authors).toEqual(["Jane Doe"]);
  });

  it("returns null for a line with no name in it", () => {
    expect(splitTitleAndAuthors("all lowercase words here", none)).toBeNull();
  });
});
