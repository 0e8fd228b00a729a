// One search: parse the query, match text, apply the query's own filters (cat:, year:)
// and the facet filters, rank, and materialise only the requested page.

import { paperPath } from "../papers/paper-key";
import { executeQuery } from "./execute-query";
import { applyFacets, type FacetCounts } from "./facets";
import type { SearchParams } from "./params";
import { highlightTerms, parseQuery } from "./query-parser";
import type { SearchIndex } from "./search-index";
import { makeSnippet } from "./snippet";
import type { AuthorRef, SearchDocument, TopicRef } from "./documents";

export type SearchResult = {
  id: string;
  arxivId: string | null;
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  snippet: string;
  url: string;
  /** Extensions beyond the API contract, for the UI. */
  authorRefs: AuthorRef[];
  authorsTruncated: boolean;
  categories: string[];
  topics: TopicRef[];
};

export type SearchResponse = {
  total: number;
  page: number;
  pageSize: number;
  results: SearchResult[];
  facets: FacetCounts;
  /** Words matched, to highlight; hints about the query; corrections made. */
  highlights: string[];
  hints: string[];
};


function queryFilter(index: SearchIndex, categories: string[], years: { from: number; to: number } | null) {
  const cats = categories.map((c) => c.toLowerCase());
  return (d: number) => {
    const doc = index.docs[d]!;
    if (cats.length && !doc.categories.some((c) => cats.some((w) => c.toLowerCase() === w || c.toLowerCase().startsWith(`${w}.`) || c.toLowerCase().endsWith(`.${w}`)))) return false;
    if (years) {
      const y = doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : NaN;
      if (!(y >= years.from && y <= years.to)) return false;
    }
    return true;
  };
}

type RankedSearch = { ranked: number[]; facets: FacetCounts; terms: string[]; hints: string[] };

/** Every matching document, ranked, with facet counts: the work behind a page or an export. */
function rankedSearch(index: SearchIndex, params: SearchParams): RankedSearch {
  const query = parseQuery(params.q);
  const matches = executeQuery(index, query, params.q);
  const inQuery = queryFilter(index, query.categories, query.years);
  const candidates = (matches.docs ?? index.byDate).filter(inQuery);
  const { kept, facets } = applyFacets(index, candidates, params);
  const { scores } = matches;
  const byRelevance = params.sort === "relevance" && query.clauses.some((c) => !c.negated);
  kept.sort(
    byRelevance
      ? (a, b) => scores[b]! - scores[a]! || index.dateRank[a]! - index.dateRank[b]!
      : params.sort === "oldest"
        ? (a, b) => index.dateRank[b]! - index.dateRank[a]!
        : (a, b) => index.dateRank[a]! - index.dateRank[b]!,
  );
  const terms = [...highlightTerms(query), ...matches.corrections.map((c) => c.to)];
  const hints = [...query.hints, ...matches.corrections.map((c) => `No paper has "${c.from}"; showing results for "${c.to}".`)];
  return { ranked: kept, facets, terms, hints };
}

/** All matching papers in result order, for exports and feeds (paging ignored). */
export function searchAll(index: SearchIndex, params: SearchParams): SearchDocument[] {
  return rankedSearch(index, params).ranked.map((d) => index.docs[d]!);
}

export function search(index: SearchIndex, params: SearchParams): SearchResponse {
  const { ranked, facets, terms, hints } = rankedSearch(index, params);
  const from = (params.page - 1) * params.pageSize;
  const results = ranked.slice(from, from + params.pageSize).map((d): SearchResult => {
    const doc = index.docs[d]!;
    return {
      id: doc.key,
      arxivId: doc.arxivId,
      title: doc.title,
      authors: doc.authors.map((a) => a.name),
      publishedAt: doc.publishedAt,
      snippet: makeSnippet(doc.abstract, terms),
      url: paperPath(doc.key),
      authorRefs: doc.authors,
      authorsTruncated: doc.authorsTruncated,
      categories: doc.categories,
      topics: doc.topics,
    };
  });
  return { total: ranked.length, page: params.page, pageSize: params.pageSize, results, facets, highlights: terms, hints };
}
