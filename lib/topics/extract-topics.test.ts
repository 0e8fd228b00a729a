import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mergeRecords } from "../import/merge";
import { parseDump } from "../import/parse-dump";
import { type ExtractedTopics, extractTopics, type TopicInput } from "./extract-topics";

const SEEDS = path.join(__dirname, "../../seeds");

function seedPapers(): TopicInput[] {
  const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(SEEDS, f));
  const dumps = files.map((f) => parseDump(fs.readFileSync(f, "utf8"), path.basename(f)));
  const { drafts } = mergeRecords(dumps.flatMap((d) => d.records));
  return drafts.map((d, i) => {
    const longest = [...d.abstracts].sort((a, b) => b.text.length - a.text.length)[0];
    return { id: i + 1, title: d.title, abstract: longest?.text ?? null };
  });
}

/** A Fisher–Yates shuffle driven by a fixed-seed generator, so the test is repeatable. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const slugsOf = (result: ExtractedTopics, paperId: number) => result.assignments.filter((a) => a.paperId === paperId).map((a) => a.slug);
const labelOf = (result: ExtractedTopics, slug: string) => result.topics.find((t) => t.slug === slug)!.label;

describe("topics of the seed library", () => {
  const papers = seedPapers();
  const result = extractTopics(papers);
  const byTitle = (title: string) => papers.find((p) => p.title === title)!;
  const shared = (ps: TopicInput[]) => slugsOf(result, ps[0]!.id).filter((slug) => ps.every((p) => slugsOf(result, p.id).includes(slug)));

  it("the mixture-of-experts papers share a topic", () => {
    const moe = /mixture[- ]of[- ]experts|\bMoEs?\b/gi;
    const titled = papers.filter((p) => p.title?.match(moe));
    const aboutIt = papers.filter((p) => !p.title && (p.abstract?.match(moe)?.length ?? 0) >= 3);
    expect(titled.map((p) => p.title)).toContain("Scaling Laws for Fine-Grained Mixture of Experts");
    expect(titled.map((p) => p.title)).toContain("The power of fine-grained experts: Granularity boosts expressivity in Mixture of Experts");
    expect(titled.length + aboutIt.length).toBeGreaterThanOrEqual(5);
    const [topic] = shared([...titled, ...aboutIt]).filter((slug) => labelOf(result, slug).toLowerCase().includes("mixture of experts"));
    expect(topic).toBe("mixture-of-experts");
  });

  it("the optimal-transport papers share another topic", () => {
    const ot = [
      byTitle("Hardness results for Multimarginal Optimal Transport problems"),
      byTitle("Polynomial-time algorithms for Multimarginal Optimal Transport problems with structure"),
      byTitle("Wasserstein barycenters are NP-hard to compute"),
    ];
    expect(shared(ot)).toContain("optimal-transport");
    expect(labelOf(result, "optimal-transport")).toBe("optimal transport");
  });

  it("chain of thought is a topic of the chain-of-thought papers", () => {
    const cot = papers.filter((p) => /chain[- ]of[- ]thought/i.test(p.title ?? ""));
    expect(cot.length).toBeGreaterThanOrEqual(3);
    for (const p of cot) expect(slugsOf(result, p.id)).toContain("chain-of-thought");
  });

  it("stopword phrases never become topics", () => {
    const filler = ["in this paper", "in this work", "we show that", "this paper", "we propose", "of the", "show that", "we show", "our results"];
    const edgeWords = new Set(["the", "a", "an", "of", "in", "on", "for", "to", "and", "we", "our", "this", "that", "is", "are", "show", "propose", "paper", "results"]);
    for (const { label } of result.topics) {
      const lower = label.toLowerCase();
      for (const f of filler) expect(lower === f || lower.startsWith(`${f} `) || lower.endsWith(` ${f}`), label).toBe(false);
      const words = lower.split(/\s+/);
      expect(edgeWords.has(words[0]!) || edgeWords.has(words[words.length - 1]!), label).toBe(false);
    }
  });

  it("generic words are not topics", () => {
    const generic = ["learning", "model", "models", "data", "results", "neural networks", "neural network", "machine learning", "deep learning", "large language models", "training"];
    const labels = result.topics.map((t) => t.label.toLowerCase());
    for (const g of generic) expect(labels).not.toContain(g);
  });

  it("every topic is shared by at least two papers, each paper has at most five", () => {
    const perTopic = new Map<string, number>();
    const perPaper = new Map<number, number>();
    for (const a of result.assignments) {
      perTopic.set(a.slug, (perTopic.get(a.slug) ?? 0) + 1);
      perPaper.set(a.paperId, (perPaper.get(a.paperId) ?? 0) + 1);
    }
    expect(result.topics.length).toBeGreaterThan(10);
    for (const t of result.topics) expect(perTopic.get(t.slug), t.slug).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perPaper.values())).toBeLessThanOrEqual(5);
  });

  it("the same library gives the same topics in any order", () => {
    expect(extractTopics(shuffled(papers, 7))).toEqual(result);
    expect(extractTopics(shuffled(papers, 2024))).toEqual(result);
  });
});

describe("topics of a small made-up library", () => {
  const filler = (n: number) => `This study number ${n} reports experiments on benchmarks and discusses the results.`;
  const papers: TopicInput[] = [
    { id: 1, title: "Optimal transport for domain adaptation", abstract: `We use optimal transport to align domains. ${filler(1)}` },
    { id: 2, title: "Fast solvers for optimal-transport problems", abstract: `Entropic optimal transport is solved quickly. ${filler(2)}` },
    { id: 3, title: "Quantum annealing for scheduling", abstract: `Quantum annealing finds schedules; quantum annealing is cheap. ${filler(3)}` },
    { id: 4, title: "Graph coloring heuristics", abstract: `We color graphs greedily. ${filler(4)}` },
    { id: 5, title: "Sorting networks", abstract: `Sorting networks of small depth. ${filler(5)}` },
    { id: 6, title: "Protein folding with $\\alpha$-helices", abstract: `Folding proteins, with $O(n^2)$ cost. ${filler(6)}` },
    { id: 7, title: null, abstract: `Compilers for tensor programs. ${filler(7)}` },
    { id: 8, title: "Weather forecasting", abstract: null },
  ];
  const result = extractTopics(papers);

  it("a phrase two papers share is a topic of both, hyphenated or not", () => {
    expect(result.topics).toContainEqual({ slug: "optimal-transport", label: "optimal transport" });
    expect(slugsOf(result, 1)).toContain("optimal-transport");
    expect(slugsOf(result, 2)).toContain("optimal-transport");
  });

  it("a phrase only one paper has is not a topic", () => {
    expect(result.topics.map((t) => t.slug)).not.toContain("quantum-annealing");
    expect(slugsOf(result, 3)).toEqual([]);
  });

  it("an acronym counts as the phrase it stands for", () => {
    const withAcronym = [
      ...papers.slice(2),
      { id: 11, title: "Scaling Mixture-of-Experts (MoE) layers", abstract: "Sparse MoE layers route tokens to experts." },
      { id: 12, title: "Load balancing for MoE", abstract: "Routing in MoE models without auxiliary losses." },
    ];
    const topics = extractTopics(withAcronym);
    expect(topics.topics.map((t) => t.slug)).toEqual(["mixture-of-experts"]);
    expect(slugsOf(topics, 11)).toEqual(["mixture-of-experts"]);
    expect(slugsOf(topics, 12)).toEqual(["mixture-of-experts"]);
  });

  it("a longer phrase takes the place of the shorter one it nearly always contains", () => {
    const ntk = [
      ...papers.slice(2),
      { id: 21, title: "Wide networks and the neural tangent kernel", abstract: "The neural tangent kernel governs training." },
      { id: 22, title: "Beyond the neural tangent kernel", abstract: "Feature learning escapes the neural tangent kernel regime." },
    ];
    const slugs = extractTopics(ntk).topics.map((t) => t.slug);
    expect(slugs).toContain("neural-tangent-kernel");
    expect(slugs).not.toContain("tangent-kernel");
  });

  it("keeps at most the requested number of topics per paper", () => {
    expect(extractTopics(papers, { maxTopicsPerPaper: 0 }).assignments).toEqual([]);
  });
});
