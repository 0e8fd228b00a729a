import { describe, expect, it } from "vitest";
import { abstractExcerpt, paperDescription, plainTitle } from "./paper-text";
import { jsonForScript, scholarlyArticle } from "./scholarly-article";

const paper = {
  arxivId: "2306.07042",
  title: "Transformers learn through gradual rank increase",
  abstract: "We identify incremental learning dynamics in transformers.",
  publishedAt: "2023-06-12",
  authors: [{ name: "Enric Boix-Adsera", slug: "enric-boix-adsera" }],
  categories: ["cs.LG"],
};

describe("link previews and structured data", () => {
  it("the ScholarlyArticle names the arXiv ID, its page and the authors as people", () => {
    expect(scholarlyArticle(paper, "https://abstracta.example/papers/2306.07042")).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: paper.title,
      abstract: paper.abstract,
      author: [{ "@type": "Person", name: "Enric Boix-Adsera", url: "https://abstracta.example/authors/enric-boix-adsera" }],
      datePublished: "2023-06-12",
      keywords: "cs.LG",
      identifier: { "@type": "PropertyValue", propertyID: "arXiv", value: "2306.07042" },
      url: "https://abstracta.example/papers/2306.07042",
      sameAs: "https://arxiv.org/abs/2306.07042",
    });
  });

  it("an untitled paper has no headline in its structured data", () => {
    const json = JSON.parse(jsonForScript(scholarlyArticle({ ...paper, title: null, arxivId: null }, "https://a.example/papers/x")));
    expect(json).not.toHaveProperty("headline");
    expect(json).not.toHaveProperty("sameAs");
  });

  it("markup in a dump cannot close the JSON-LD script", () => {
    expect(jsonForScript({ headline: "</script><script>alert(1)</script>" })).not.toContain("<");
  });

  it("an untitled paper's plain title says so and quotes its abstract", () => {
    expect(plainTitle({ title: null, abstract: "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen." })).toBe(
      "Untitled: one two three four five six seven eight nine ten eleven twelve…",
    );
    expect(abstractExcerpt("Short, complete.", 15)).toBe("Short, complete.");
  });

  it("the description is cut at a word boundary", () => {
    const description = paperDescription("word ".repeat(100), 50)!;
    expect(description.length).toBeLessThanOrEqual(51);
    expect(description).toMatch(/^(word )+word…$/);
  });
});
