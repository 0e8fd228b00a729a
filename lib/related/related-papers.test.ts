import { describe, expect, it } from "vitest";
import { computeRelated, type RelatedInput, type RelatedLink } from "./related-papers";
import { loadSeedPapers } from "./seed-papers";
import { seededRandom } from "./synthetic-library";

const papers = loadSeedPapers();
const links = computeRelated(papers);

function idOf(title: string): number {
  const found = papers.filter((p) => p.title === title);
  expect(found, title).toHaveLength(1);
  return found[0]!.id;
}

const relatedTo = (id: number, from: RelatedLink[] = links) => from.filter((l) => l.paperId === id);
const linkBetween = (a: number, b: number) => links.find((l) => l.paperId === a && l.relatedId === b);

const MOT_HARDNESS = "Hardness results for Multimarginal Optimal Transport problems";
const MOT_ALGORITHMS = "Polynomial-time algorithms for Multimarginal Optimal Transport problems with structure";

describe("related papers on the seeds", () => {
  it("the multimarginal optimal transport papers are each other's first related paper", () => {
    const [a, b] = [idOf(MOT_HARDNESS), idOf(MOT_ALGORITHMS)];
    expect(relatedTo(a)[0]).toMatchObject({ rank: 0, relatedId: b });
    expect(relatedTo(b)[0]).toMatchObject({ rank: 0, relatedId: a });
  });

  it("the two Wasserstein barycenter papers are related", () => {
    const a = idOf("Wasserstein barycenters are NP-hard to compute");
    const b = idOf("Wasserstein barycenters can be computed in polynomial time in fixed dimension");
    expect(linkBetween(a, b)).toBeDefined();
    expect(linkBetween(b, a)).toBeDefined();
  });

  it("shared terms explain the link", () => {
    const link = linkBetween(idOf(MOT_HARDNESS), idOf(MOT_ALGORITHMS))!;
    expect(link.sharedTerms.length).toBeGreaterThanOrEqual(3);
    expect(link.sharedTerms.join(" | ")).toMatch(/multimarginal|transport/);
    const barycenters = linkBetween(idOf("Wasserstein barycenters are NP-hard to compute"), idOf(MOT_HARDNESS))!;
    expect(barycenters.sharedTerms).toContain("optimal transport");
  });

  it("no paper is related to itself and at most five are listed", () => {
    expect(links.length).toBeGreaterThan(papers.length);
    for (const p of papers) {
      const list = relatedTo(p.id);
      expect(list.length).toBeLessThanOrEqual(5);
      expect(list.map((l) => l.rank)).toEqual(list.map((_, i) => i));
      expect(list.some((l) => l.relatedId === p.id)).toBe(false);
      expect(new Set(list.map((l) => l.relatedId)).size).toBe(list.length);
      for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
    }
  });

  it("unrelated papers are not listed just to fill five", () => {
    expect(links.every((l) => l.score >= 0.075)).toBe(true);
    expect(papers.some((p) => relatedTo(p.id).length < 5)).toBe(true);
  });

  it("the result is the same for the same library in any order", () => {
    const random = seededRandom(7);
    const shuffled = papers.map((p) => ({ p, key: random() })).sort((x, y) => x.key - y.key).map((x) => x.p);
    expect(shuffled.map((p) => p.id)).not.toEqual(papers.map((p) => p.id));
    expect(computeRelated(shuffled)).toEqual(links);
  });

  it("the candidate shortcut lists what an exhaustive search lists", () => {
    const exhaustive = computeRelated(papers, { termsPerPaper: Infinity, maxTermPapers: Infinity, postingsPerTerm: Infinity, candidates: Infinity });
    const key = (l: RelatedLink) => `${l.paperId}>${l.relatedId}`;
    const listed = new Set(links.map(key));
    const found = exhaustive.filter((l) => listed.has(key(l))).length;
    expect(found / exhaustive.length).toBeGreaterThanOrEqual(0.99);
  });
});

describe("related papers on edge cases", () => {
  it("papers without text, or alone, have no related papers", () => {
    const lonely: RelatedInput[] = [
      { id: 1, title: null, abstract: null },
      { id: 2, title: "Optimal transport", abstract: null },
    ];
    expect(computeRelated([])).toEqual([]);
    expect(computeRelated(lonely)).toEqual([]);
  });

  it("a paper's title words count twice", () => {
    // Papers 2 and 3 mirror each other; only which word of paper 1 they share differs,
    // so without the title's weight the tie would go to the lower id.
    const library: RelatedInput[] = [
      { id: 1, title: "Sinkhorn", abstract: "Barycenters." },
      { id: 2, title: "Quantum annealing", abstract: "Barycenters converge." },
      { id: 3, title: "Protein folding", abstract: "Sinkhorn converges." },
    ];
    const list = computeRelated(library, { minScore: 0 }).filter((l) => l.paperId === 1);
    expect(list.map((l) => l.relatedId)).toEqual([3, 2]);
    expect(list[0]!.score).toBeGreaterThan(list[1]!.score);
  });
});
