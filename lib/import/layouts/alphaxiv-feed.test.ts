import { describe, expect, it } from "vitest";
import { seed } from "../../../tests/fixtures/seeds";
import { splitLines } from "../lines";
import { alphaxivFeedLayout } from "./alphaxiv-feed";

const parse = (text: string) => alphaxivFeedLayout.parse(splitLines(text), { file: "feed.txt" });

describe("alphaxiv-feed layout", () => {
  const { records, warnings } = parse(seed("004").text);
  const byTitle = (t: string) => records.find((r) => r.title === t);

  it("the 004 seed yields 19 papers with no warnings", () => {
    expect(records).toHaveLength(19);
    expect(warnings).toEqual([]);
  });

  it("splits the category code from the date glued to it", () => {
    const paper = byTitle("Transformers learn through gradual rank increase")!;
    expect(paper.categories).toEqual(["cs.LG"]);
    expect(paper.publishedAt).toBe("2023-06-12");
    expect(byTitle("Wasserstein barycenters are NP-hard to compute")!.categories).toEqual(["math.OC"]);
  });

  it("splits titles with capitals, '?', ':' and '++' from the first author", () => {
    expect(byTitle("When can transformers reason with abstract symbols?")!.authors[0]).toBe("Enric Boix-Adsera");
    expect(byTitle("Chow-Liu++: Optimal Prediction-Centric Learning of Tree Ising Models")!.authors).toEqual([
      "Enric Boix-Adsera",
      "Guy Bresler",
      "Frederic Koehler",
    ]);
    expect(byTitle("The power of fine-grained experts: Granularity boosts expressivity in Mixture of Experts")!.authors).toEqual([
      "Enric Boix-Adsera",
      "Philippe Rigollet",
    ]);
    expect(byTitle("Let Me Think! A Long Chain-of-Thought Can Be Worth Exponentially Many Short Ones")!.authors[0]).toBe("Parsa Mirtaheri");
  });

  it("keeps initials and inner capitals in names such as Lucas H. McCabe", () => {
    expect(byTitle("Prompts have evil twins")!.authors).toEqual(["Rimon Melamed", "Lucas H. McCabe", "Tanay Wakhare"]);
  });

  it("marks lists cut by 'et al.' as truncated and reads the organisation after '·'", () => {
    const paper = byTitle("Transformers learn through gradual rank increase")!;
    expect(paper.authorsTruncated).toBe(true);
    expect(paper.organization).toBe("apple-ml");
    expect(byTitle("Towards a theory of model distillation")!.authorsTruncated).toBe(false);
  });

  it("joins an abstract that spans several lines and records the lines it used", () => {
    const { records: [paper] } = parse("LGJan 2, 2024\nA Title of a PaperJane Doe, John Roe\nFirst paragraph.\nSecond paragraph.\n");
    expect(paper!.abstract).toBe("First paragraph.\n\nSecond paragraph.");
    expect(paper!.source).toMatchObject({ line: 1, endLine: 4 });
  });

  it("keeps the whole line as title, with a warning, when no author list can be found", () => {
    const { records: [paper], warnings: w } = parse("LGJan 2, 2024\nlowercase title without authors\nAbstract text.\n");
    expect(paper!.title).toBe("lowercase title without authors");
    expect(w[0]).toMatchObject({ line: 2 });
  });
});
