// Facet filtering and counting in one pass over the matching documents, into typed-array
// counters. A document counts toward facet F when it passes every filter except F's own,
// so each facet shows what choosing another of its values would give (OR within, AND
// across). Counts are exact; when most of the library matches and nothing filters, the
// few documents that do not match are subtracted from the whole library's counts instead.

import type { FacetColumn } from "./facet-column";
import type { SearchParams } from "./params";
import { KEPT } from "./query-scratch";
import type { SearchIndex } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { topFacetValues, type FacetValue } from "./top-facet-values";

export type { FacetValue };
export type FacetCounts = Record<FacetName, FacetValue[]>;

/** A filter over one column: the value ids wanted (a document needs one of them). */
export type ColumnFilter = { column: FacetColumn; wanted: Uint8Array };

export function columnFilter(column: FacetColumn, valueIds: Iterable<number>): ColumnFilter {
  const wanted = new Uint8Array(column.values.length);
  for (const id of valueIds) wanted[id] = 1;
  return { column, wanted };
}

function passes({ column, wanted }: ColumnFilter, d: number): boolean {
  for (let i = column.start[d]!; i < column.start[d + 1]!; i++) if (wanted[column.list[i]!]) return true;
  return false;
}

/** The documents to filter: a list (`matchedLevel` marks them), or every document newest first (`all`). */
export type Candidates = { docs: ArrayLike<number>; count: number; all: boolean; matchedLevel: number };

export type FilteredDocs = {
  /** Kept documents in kept[0 .. count); `byDate` when they are every document, newest first. */
  kept: ArrayLike<number>;
  count: number;
  byDate: boolean;
  /** The scratch level that marks a kept document. */
  keptLevel: number;
  facets: FacetCounts;
};

const globalCounts = new WeakMap<SearchIndex, Int32Array[]>();
const libraryFacets = new WeakMap<SearchIndex, FacetCounts>();

function countsOverAll(index: SearchIndex): Int32Array[] {
  let counts = globalCounts.get(index);
  if (!counts) {
    counts = FACET_NAMES.map((name) => {
      const { values, list } = index.facets[name];
      const c = new Int32Array(values.length);
      for (let i = 0; i < list.length; i++) c[list[i]!]!++;
      return c;
    });
    globalCounts.set(index, counts);
  }
  return counts;
}

export function filterAndCount(index: SearchIndex, candidates: Candidates, hard: ColumnFilter[], params: SearchParams, skipLevel: number): FilteredDocs {
  const scratch = index.scratch;
  const columns = FACET_NAMES.map((name) => index.facets[name]);
  const filters = FACET_NAMES.map((name) => (params[name].length ? columnFilter(index.facets[name], idsOf(index.facets[name], params[name])) : null));
  const unfiltered = hard.length === 0 && filters.every((f) => f === null);
  const format = (counts: Int32Array[]) =>
    Object.fromEntries(FACET_NAMES.map((name, i) => [name, topFacetValues(index, name, counts[i]!, params[name])])) as FacetCounts;

  if (unfiltered && candidates.all && skipLevel < 0) {
    // The whole library's facets are a property of the index: format them once, hand out copies.
    let facets = libraryFacets.get(index);
    if (!facets) libraryFacets.set(index, (facets = format(countsOverAll(index))));
    const copy = Object.fromEntries(Object.entries(facets).map(([name, values]) => [name, values.map((v) => ({ ...v }))])) as FacetCounts;
    return { kept: index.byDate, count: index.size, byDate: true, keptLevel: -1, facets: copy };
  }
  if (unfiltered && !candidates.all && candidates.count * 2 > index.size) {
    const counts = countsOverAll(index).map((c) => c.slice());
    for (let d = 0; d < index.size; d++) if (scratch.level(d) !== candidates.matchedLevel) countDocument(columns, counts, d, -1);
    return { kept: candidates.docs, count: candidates.count, byDate: false, keptLevel: candidates.matchedLevel, facets: format(counts) };
  }
  const counts = columns.map((c) => new Int32Array(c.values.length));
  const kept = scratch.kept;
  let count = 0;
  const full = (1 << FACET_NAMES.length) - 1;
  const { docs } = candidates;
  outer: for (let k = 0; k < candidates.count; k++) {
    const d = docs[k]!;
    if (skipLevel >= 0 && scratch.level(d) === skipLevel) continue;
    for (const h of hard) if (!passes(h, d)) continue outer;
    let mask = 0;
    for (let i = 0; i < filters.length; i++) if (filters[i] === null || passes(filters[i]!, d)) mask |= 1 << i;
    if (mask === full) {
      kept[count++] = d;
      scratch.setLevel(d, KEPT);
      countDocument(columns, counts, d, 1);
      continue;
    }
    for (let i = 0; i < filters.length; i++) if ((mask | (1 << i)) === full) countColumn(columns[i]!, counts[i]!, d, 1);
  }
  return { kept, count, byDate: false, keptLevel: KEPT, facets: format(counts) };
}

function idsOf(column: FacetColumn, values: string[]): number[] {
  return values.map((v) => column.idOf(v)).filter((id): id is number => id !== undefined);
}

function countColumn(column: FacetColumn, counts: Int32Array, d: number, by: number): void {
  const { start, list } = column;
  for (let j = start[d]!; j < start[d + 1]!; j++) counts[list[j]!]! += by;
}

function countDocument(columns: FacetColumn[], counts: Int32Array[], d: number, by: number): void {
  for (let i = 0; i < columns.length; i++) countColumn(columns[i]!, counts[i]!, d, by);
}
