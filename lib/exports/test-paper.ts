// A SearchDocument for the export tests, with any field overridden.
import type { SearchDocument } from "../search/documents";

export function testPaper(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: 1,
    key: "2302.11055",
    slug: "sgd-learning-on-neural-networks",
    arxivId: "2302.11055",
    title: "SGD learning on neural networks: leap complexity and saddle-to-saddle dynamics",
    abstract: "We investigate the time complexity of SGD learning on fully-connected neural networks.",
    publishedAt: "2023-02-21",
    authors: [
      { name: "Emmanuel Abbe", slug: "emmanuel-abbe" },
      { name: "Enric Boix-Adsera", slug: "enric-boix-adsera" },
    ],
    authorsTruncated: false,
    categories: ["cs.LG", "stat.ML"],
    topics: [],
    ...overrides,
  };
}
