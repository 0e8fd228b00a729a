// Facet filtering and counting over the matching documents, exact, into typed-array
// counters. A document counts toward facet F when it passes every filter except F's own,
// so each facet shows what choosing another of its values would give (OR within, AND
// across): each chosen facet counts over its own intersection (doc-sets.ts), the others
// over the kept documents, each the cheapest way (facet-counting.ts).

import { collect, setOf, type ColumnFilter, type DocSet } from "./doc-sets";
import { countFacet, countSet, countsOverAll, type Counted, type CountSet } from "./facet-counting";
import type { SearchParams } from "./params";
import { KEPT } from "./query-scratch";
import type { SearchIndex } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { topFacetValues, type FacetValue } from "./top-facet-values";

export { columnFilter, type ColumnFilter } from "./doc-sets";

export type { FacetValue };
export type FacetCounts = Record<FacetName, FacetValue[]>;

/** The documents to filter: a list (`matchedLevel` marks them), or every document newest first (`all`). */
export type Candidates = { docs: Int32Array; count: number; all: boolean; matchedLevel: number };

export type FilteredDocs = {
  /** Kept documents in kept[0 .. count); `byDate` when they are every document, newest first. */
  kept: Int32Array;
  count: number;
  byDate: boolean;
  /** The scratch level that marks a kept document, once markKept() has run. */
  keptLevel: number;
  /** Marks the kept documents with keptLevel (only orders and bonuses that test membership need it). */
  markKept: () => void;
  facets: FacetCounts;
};

const libraryFacets = new WeakMap<SearchIndex, FacetCounts>();

export function filterAndCount(index: SearchIndex, candidates: Candidates, hard: ColumnFilter[], params: SearchParams, skipLevel: number): FilteredDocs {
  const { scratch } = index;
  const active = FACET_NAMES.map((name) => {
    const column = index.facets[name];
    const ids = params[name].map((v) => column.idOf(v)).filter((id): id is number => id !== undefined);
    return params[name].length ? setOf({ column, ids }) : null;
  });
  const format = (counted: Counted[]) =>
    Object.fromEntries(FACET_NAMES.map((name, i) => [name, topFacetValues(index, name, counted[i]!.counts, params[name], counted[i]!.pool, counted[i]!.touched)])) as FacetCounts;
  const everything = candidates.all && skipLevel < 0;
  const unfiltered = hard.length === 0 && active.every((s) => s === null);

  if (everything && unfiltered) {
    // The whole library's facets are a property of the index: format them once, hand out copies.
    let facets = libraryFacets.get(index);
    if (!facets) libraryFacets.set(index, (facets = format(countsOverAll(index).map((counts) => ({ counts })))));
    const copy = Object.fromEntries(Object.entries(facets).map(([name, values]) => [name, values.map((v) => ({ ...v }))])) as FacetCounts;
    return { kept: index.byDate, count: index.size, byDate: true, keptLevel: -1, markKept: () => {}, facets: copy };
  }
  if (!candidates.all && unfiltered) {
    // Nothing filters: the matches are the kept documents as they are.
    const { docs, count, matchedLevel } = candidates;
    const set = countSet(index, docs, count);
    let outside: CountSet | null = null;
    const complement = () => {
      if (!outside) {
        const [words, matched] = [scratch.levelWords, scratch.stampBits | matchedLevel];
        let n = 0;
        for (let d = 0; d < index.size; d++) if (words[d] !== matched) scratch.spare[n++] = d;
        outside = countSet(index, scratch.spare, n);
      }
      return outside;
    };
    const counted = FACET_NAMES.map((name) => countFacet(index, name, params[name], set, complement));
    return { kept: docs, count, byDate: false, keptLevel: matchedLevel, markKept: () => {}, facets: format(counted) };
  }
  const base: DocSet = candidates.all
    ? { size: index.size, lists: [index.byDate], exact: skipLevel < 0, has: skipLevel < 0 ? () => true : (d) => scratch.level(d) !== skipLevel }
    : { size: candidates.count, lists: [candidates.docs.subarray(0, candidates.count)], exact: true, has: (d) => scratch.level(d) === candidates.matchedLevel };
  const required = [base, ...hard.map(setOf)];
  const counted: Counted[] = [];
  // Each chosen facet counts over the documents that pass everything but its own filter.
  FACET_NAMES.forEach((name, i) => {
    if (!active[i]) return;
    const others = [...required, ...active.filter((s, j): s is DocSet => s !== null && j !== i)];
    if (everything && others.length === 1) return void (counted[i] = { counts: countsOverAll(index)[i]!.slice() });
    // Only the matches (nothing else chosen): count them as they are, without a copy.
    const alone = others.length === 1 && !candidates.all;
    const docs = alone ? candidates.docs : scratch.spare;
    counted[i] = countFacet(index, name, params[name], countSet(index, docs, alone ? candidates.count : collect(index, others, docs)));
  });
  const kept = scratch.kept;
  const keptCount = collect(index, [...required, ...active.filter((s): s is DocSet => s !== null)], kept);
  let marked = false;
  const markKept = () => {
    if (!marked) for (let k = 0; k < keptCount; k++) scratch.setLevel(kept[k]!, KEPT);
    marked = true;
  };
  const keptSet = countSet(index, kept, keptCount);
  FACET_NAMES.forEach((name, i) => {
    if (!active[i]) counted[i] = countFacet(index, name, params[name], keptSet);
  });
  return { kept, count: keptCount, byDate: false, keptLevel: KEPT, markKept, facets: format(counted) };
}

