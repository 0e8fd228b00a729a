import { describe, expect, it } from "vitest";
import { bibtexKey, bibtexText, paperBibtex, type BibtexPaper } from "./bibtex";

const transformers: BibtexPaper = {
  arxivId: "2306.07042",
  title: "Transformers learn through gradual rank increase",
  authors: [{ name: "Enric Boix-Adsera" }, { name: "Etai Littwin" }, { name: "Emmanuel Abbe" }],
  authorsTruncated: false,
  publishedAt: "2023-06-12",
  categories: ["cs.LG"],
};

describe("paperBibtex", () => {
  it("writes the entry exactly as arXiv's export does", () => {
    expect(paperBibtex(transformers)).toBe(
      [
        "@misc{boixadsera2023transformers,",
        "      title={Transformers learn through gradual rank increase}, ",
        "      author={Enric Boix-Adsera and Etai Littwin and Emmanuel Abbe},",
        "      year={2023},",
        "      eprint={2306.07042},",
        "      archivePrefix={arXiv},",
        "      primaryClass={cs.LG},",
        "      url={https://arxiv.org/abs/2306.07042}, ",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("an author list cut short in every source ends with 'and others'", () => {
    expect(paperBibtex({ ...transformers, authorsTruncated: true })).toContain(
      "author={Enric Boix-Adsera and Etai Littwin and Emmanuel Abbe and others},",
    );
  });

  it("a paper without an arXiv ID has no eprint, archive or url", () => {
    const entry = paperBibtex({ ...transformers, arxivId: null });
    expect(entry).not.toMatch(/eprint|archivePrefix|primaryClass|url=/);
    expect(entry).toMatch(/year=\{2023\},\n\}\n$/);
  });

  it("an untitled paper gets no invented title", () => {
    const entry = paperBibtex({ ...transformers, title: null });
    expect(entry).not.toContain("title=");
    expect(entry.split("\n")[0]).toBe("@misc{boixadsera2023,");
  });

  it("the year comes from the arXiv ID when no date was listed", () => {
    expect(paperBibtex({ ...transformers, publishedAt: null })).toContain("year={2023},");
  });

  it("several categories name no primary class, rather than guess one", () => {
    expect(paperBibtex({ ...transformers, categories: ["cs.LG", "stat.ML"] })).not.toContain("primaryClass");
  });
});

describe("bibtexKey", () => {
  it("folds accents and drops non-letters from the surname and first title word", () => {
    expect(bibtexKey({ ...transformers, authors: [{ name: "Gérard Ben Arous" }], title: "$k$-Means, revisited" })).toBe(
      "arous2023kmeans",
    );
    expect(bibtexKey({ ...transformers, authors: [{ name: "Enric Boix-Adserà" }], title: "SGD learning" })).toBe(
      "boixadsera2023sgd",
    );
  });
});

describe("bibtexText", () => {
  it("escapes LaTeX specials outside formulas and leaves formulas alone", () => {
    expect(bibtexText("Q&A on W_Q: 50% of $x_i^2$ #1")).toBe("Q\\&A on W\\_Q: 50\\% of $x_i^2$ \\#1");
  });

  it("keeps balanced braces and neutralises stray ones", () => {
    expect(bibtexText("The {Adam} optimizer")).toBe("The {Adam} optimizer");
    expect(bibtexText("a } b {")).toBe("a \\textbraceright  b \\textbraceleft ");
  });
});
