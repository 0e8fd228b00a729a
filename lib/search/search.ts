// One search: parse the query, match text, apply the query's own filters (cat:, year:)
// and the facet filters while counting facets, rank, and materialise only the requested page.

import { paperPath } from "../papers/paper-key";
import type { AuthorRef, SearchDocument, TopicRef } from "./documents";
import { executeQuery } from "./execute-query";
import { columnFilter, filterAndCount, type ColumnFilter, type FacetCounts, type FilteredDocs } from "./facets";
import type { SearchParams } from "./params";
import { knownPhraseDocs, phraseDocs } from "./phrase-match";
import { EXCLUDED } from "./query-scratch";
import { highlightTerms, parseQuery, type ParsedQuery } from "./query-parser";
import { rankedAll, rankedSlice, type Order } from "./rank";
import type { SearchIndex } from "./search-index";
import { makeSnippet } from "./snippet";

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

// The whole query as a phrase in a title outranks any mix of scattered words; in an abstract, most.
const PHRASE_IN_TITLE = 1000;
const PHRASE_IN_ABSTRACT = 200;

/** cat: and year: as filters over the category and year facet columns. */
function queryFilters(index: SearchIndex, query: ParsedQuery): ColumnFilter[] {
  const filters: ColumnFilter[] = [];
  if (query.categories.length) {
    const cats = query.categories.map((c) => c.toLowerCase());
    const column = index.facets.category;
    const ids = column.values.flatMap((value, id) => {
      const c = value.toLowerCase();
      return cats.some((w) => c === w || c.startsWith(`${w}.`) || c.endsWith(`.${w}`)) ? [id] : [];
    });
    filters.push(columnFilter(column, ids));
  }
  if (query.years) {
    const { from, to } = query.years;
    const column = index.facets.year;
    filters.push(columnFilter(column, column.values.flatMap((y, id) => (Number(y) >= from && Number(y) <= to ? [id] : []))));
  }
  return filters;
}

/** The bonus for the whole query as a phrase, added to kept documents' scores. */
function addPhraseBonus(index: SearchIndex, words: string[], filtered: FilteredDocs, scores: Float64Array): void {
  const { scratch } = index;
  filtered.markKept();
  const keptWord = scratch.stampBits | filtered.keptLevel;
  const levels = scratch.levelWords;
  const kept = (d: number) => levels[d] === keptWord;
  scratch.newMarks();
  // The lists found while matching (the query was one phrase) are walked as they are.
  const title = knownPhraseDocs(index, "title", words) ?? phraseDocs(index, "title", words, kept);
  for (let k = 0; k < title.length; k++) {
    const d = title[k]!;
    if (levels[d] !== keptWord) continue;
    scratch.mark(d);
    scores[d] = scores[d]! + PHRASE_IN_TITLE;
  }
  const abstract = knownPhraseDocs(index, "abstract", words) ?? phraseDocs(index, "abstract", words, (d) => kept(d) && !scratch.isMarked(d));
  for (let k = 0; k < abstract.length; k++) {
    const d = abstract[k]!;
    if (levels[d] === keptWord && !scratch.isMarked(d)) scores[d] = scores[d]! + PHRASE_IN_ABSTRACT;
  }
}

type RankedSearch = { filtered: FilteredDocs; scores: Float64Array; order: Order; facets: FacetCounts; terms: string[]; hints: string[] };

/** Matching documents filtered, counted and scored: the work behind a page or an export. */
function filteredSearch(index: SearchIndex, params: SearchParams): RankedSearch {
  const query = parseQuery(params.q);
  const matches = executeQuery(index, query, params.q);
  const negated = query.clauses.some((c) => c.negated);
  const candidates = matches.docs
    ? { docs: matches.docs, count: matches.count, all: false, matchedLevel: matches.matchedLevel }
    : { docs: index.byDate, count: index.size, all: true, matchedLevel: -1 };
  const filtered = filterAndCount(index, candidates, queryFilters(index, query), params, !matches.docs && negated ? EXCLUDED : -1);
  const positive = query.clauses.filter((c) => !c.negated);
  const allWords = positive.flatMap((c) => c.words);
  const byRelevance = params.sort === "relevance" && positive.length > 0;
  if (byRelevance && allWords.length > 1 && filtered.count > 0) addPhraseBonus(index, allWords, filtered, matches.scores);
  const terms = [...highlightTerms(query), ...matches.corrections.map((c) => c.to)];
  const hints = [...query.hints, ...matches.corrections.map((c) => `No paper has "${c.from}"; showing results for "${c.to}".`)];
  const order: Order = byRelevance ? "relevance" : params.sort === "oldest" ? "oldest" : "newest";
  return { filtered, scores: matches.scores, order, facets: filtered.facets, terms, hints };
}

/** All matching papers in result order, for exports and feeds (paging ignored). */
export function searchAll(index: SearchIndex, params: SearchParams): SearchDocument[] {
  const { filtered, scores, order } = filteredSearch(index, params);
  return index.documents.documents(rankedAll(index, filtered, scores, order));
}

export function search(index: SearchIndex, params: SearchParams): SearchResponse {
  const { filtered, scores, order, facets, terms, hints } = filteredSearch(index, params);
  const from = (params.page - 1) * params.pageSize;
  const page = rankedSlice(index, filtered, scores, order, from, from + params.pageSize);
  const table = index.documents;
  const abstracts = table.abstractsOf(page);
  const results = page.map((d, i): SearchResult => {
    const authorRefs = table.authors(d);
    const key = table.key(d);
    return {
      id: key,
      arxivId: table.columns.arxivIds[d]!,
      title: table.columns.titles[d]!,
      authors: authorRefs.map((a) => a.name),
      publishedAt: table.columns.publishedAt[d]!,
      snippet: makeSnippet(abstracts[i]!, terms),
      url: paperPath(key),
      authorRefs,
      authorsTruncated: table.columns.authorsTruncated[d] === 1,
      categories: table.categoriesOf(d),
      topics: table.topicsOf(d),
    };
  });
  return { total: filtered.count, page: params.page, pageSize: params.pageSize, results, facets, highlights: terms, hints };
}
