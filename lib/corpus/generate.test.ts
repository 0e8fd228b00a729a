import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../import/text-match";
import { generatePapers } from "./generate";

describe("generating papers", () => {
  const papers = generatePapers({ papers: 2_000 });

  it("gives every paper a unique arXiv ID whose year-month is its date's, dated 2015 to 2026", () => {
    expect(new Set(papers.map((p) => p.arxivId)).size).toBe(papers.length);
    for (const p of papers) {
      expect(p.arxivId).toMatch(/^\d{4}\.\d{5}$/);
      expect(p.arxivId.slice(0, 4)).toBe(`${p.publishedAt.slice(2, 4)}${p.publishedAt.slice(5, 7)}`);
      expect(Number(p.publishedAt.slice(0, 4))).toBeGreaterThanOrEqual(2015);
      expect(Number(p.publishedAt.slice(0, 4))).toBeLessThanOrEqual(2026);
    }
  });

  it("gives unique titles that end where a feed can glue the first author on", () => {
    expect(new Set(papers.map((p) => normalizeForMatch(p.title))).size).toBe(papers.length);
    for (const p of papers) expect(p.title).toMatch(/[a-z0-9?)]$/);
  });

  it("writes abstracts of about 150 to 250 words", () => {
    const words = papers.map((p) => p.abstract.split(" ").length).sort((a, b) => a - b);
    expect(words[Math.floor(words.length * 0.05)]).toBeGreaterThanOrEqual(140);
    expect(words[Math.floor(words.length * 0.95)]).toBeLessThanOrEqual(270);
  });

  it("spreads papers over authors unevenly: a busy few, many with one or two papers", () => {
    const counts = new Map<string, number>();
    for (const p of papers) for (const a of p.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
    expect(sorted.filter((n) => n <= 2).length / sorted.length).toBeGreaterThan(0.4);
  });

  it("shows about a tenth of the papers in two layouts, the second with an edited abstract", () => {
    const twice = papers.filter((p) => p.edited !== null);
    expect(twice.length / papers.length).toBeGreaterThan(0.07);
    expect(twice.length / papers.length).toBeLessThan(0.13);
    for (const p of twice) {
      expect(p.layouts).toHaveLength(2);
      expect(p.layouts[0]).not.toBe(p.layouts[1]);
      expect(normalizeForMatch(p.edited!)).not.toBe(normalizeForMatch(p.abstract));
    }
  });

  it("writes LaTeX notation in some first versions and Unicode in their second", () => {
    const withLatex = papers.filter((p) => p.edited && /\$\\[a-z]+/.test(p.abstract));
    expect(withLatex.length).toBeGreaterThan(10);
    for (const p of withLatex) expect(p.edited).not.toMatch(/\$/);
  });
});
