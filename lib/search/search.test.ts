import { describe, expect, it } from "vitest";
import type { SearchDocument } from "./documents";
import { searchParamsSchema } from "./params";
import { search } from "./search";
import { buildSearchIndex } from "./build-search-index";

let nextId = 1;
function doc(fields: Partial<SearchDocument> & { title: string }): SearchDocument {
  const id = nextId++;
  return { id, key: `p${id}`, slug: `p${id}`, arxivId: null, abstract: null, publishedAt: null, authors: [], authorsTruncated: false, categories: [], topics: [], ...fields };
}
const abstractFiller = "We study optimisation and generalisation in deep networks with several experiments.";

const docs = [
  doc({ title: "Kernel methods in a tangent space", abstract: `The neural network kernel tangent of ${abstractFiller}`, publishedAt: "2021-03-01", categories: ["cs.LG"], authors: [{ name: "Ada Lovelace", slug: "ada-lovelace" }] }),
  doc({ title: "Neural tangent kernel at finite width", abstract: abstractFiller, publishedAt: "2020-05-01", categories: ["stat.ML"], authors: [{ name: "Enric Boix-Adsera", slug: "enric-boix-adsera" }] }),
  doc({ title: "Grokking and memorisation", abstract: `We see that neural tangent kernel theory fails. ${abstractFiller}`, publishedAt: "2023-01-01", categories: ["cs.LG"], arxivId: "2301.00001", authors: [{ name: "Alan Turing", slug: "alan-turing" }] }),
  doc({ title: "Transformers learn in context", abstract: `Attention layers implement gradient descent. ${abstractFiller}`, publishedAt: "2023-06-01", categories: ["cs.CL", "cs.LG"], authors: [{ name: "Enric Boix-Adsera", slug: "enric-boix-adsera" }, { name: "Alan Turing", slug: "alan-turing" }] }),
];
const index = buildSearchIndex(docs, "test");
const run = (q: string, extra: Record<string, unknown> = {}) => search(index, searchParamsSchema.parse({ q, ...extra }));
const titles = (q: string, extra?: Record<string, unknown>) => run(q, extra).results.map((r) => r.title);

describe("search ranking and matching", () => {
  it("ranks an exact phrase in the title first, then the phrase in an abstract, then scattered words", () => {
    expect(titles("neural tangent kernel")).toEqual([
      "Neural tangent kernel at finite width",
      "Grokking and memorisation",
      "Kernel methods in a tangent space",
    ]);
  });

  it("weighs a title match above an abstract match", () => {
    expect(titles("attention grokking")).toEqual([]);
    expect(titles("grokking")[0]).toBe("Grokking and memorisation");
    expect(titles("kernel")[0]).toMatch(/kernel/i);
  });

  it("matches prefixes of the word being typed", () => {
    expect(titles("transf")).toEqual(["Transformers learn in context"]);
    expect(titles("memoris")).toEqual(["Grokking and memorisation"]);
  });

  it("corrects a typo and says so", () => {
    const r = run("grokkng ");
    expect(r.results.map((x) => x.title)).toEqual(["Grokking and memorisation"]);
    expect(r.hints[0]).toMatch(/showing results for "grokking"/);
  });

  it("searches one field with au:, ti: and abs:", () => {
    expect(titles("au:boix", { sort: "newest" })).toEqual(["Transformers learn in context", "Neural tangent kernel at finite width"]);
    expect(titles('ti:"tangent kernel"')).toEqual(["Neural tangent kernel at finite width"]);
    expect(titles("abs:attention")).toEqual(["Transformers learn in context"]);
  });

  it("filters by cat: and year:, and excludes -words", () => {
    expect(titles("cat:cs.CL")).toEqual(["Transformers learn in context"]);
    expect(titles("year:2020..2021", { sort: "oldest" })).toEqual(["Neural tangent kernel at finite width", "Kernel methods in a tangent space"]);
    expect(titles("kernel -grokking -finite")).toEqual(["Kernel methods in a tangent space"]);
  });

  it("sorts by date when asked, undated papers last", () => {
    expect(titles("", { sort: "oldest" })[0]).toBe("Neural tangent kernel at finite width");
    expect(titles("", { sort: "newest" })[0]).toBe("Transformers learn in context");
  });

  it("counts each facet over the hits filtered by the other facets", () => {
    const all = run("", { category: ["cs.LG"] });
    expect(all.total).toBe(3);
    // The category facet still shows stat.ML (choosing it would add a paper)...
    expect(all.facets.category).toEqual(expect.arrayContaining([{ value: "stat.ML", count: 1 }, { value: "cs.LG", count: 3 }]));
    // ...while the other facets count only cs.LG papers.
    expect(all.facets.year.map((y) => y.value)).toEqual(["2023", "2021"]);
    expect(all.facets.hasId).toEqual(expect.arrayContaining([{ value: "yes", count: 1 }, { value: "no", count: 2 }]));
    const both = run("", { category: ["cs.LG"], author: ["Alan Turing"] });
    expect(both.total).toBe(2);
    expect(both.facets.category).toEqual(expect.arrayContaining([{ value: "cs.CL", count: 1 }]));
  });

  it("pages through results without losing or repeating any", () => {
    const first = run("", { pageSize: 3, sort: "newest" });
    const second = run("", { pageSize: 3, page: 2, sort: "newest" });
    expect(first.total).toBe(4);
    expect([...first.results, ...second.results].map((r) => r.id).sort()).toEqual(docs.map((d) => d.key).sort());
  });
});
