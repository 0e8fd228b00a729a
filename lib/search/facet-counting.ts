// Counting one facet over a set of documents, the cheapest of three ways: walking the
// facet's values from the most common against the set's bitset (facet-walk.ts), looking up
// each document's values, or (most of the library matching) subtracting the documents
// outside the set from the whole library's counts.

import type { FacetColumn } from "./facet-column";
import { walkCost, walkTopValues } from "./facet-walk";
import type { SearchIndex } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { collationRank, TOP } from "./top-facet-values";

const globalCounts = new WeakMap<SearchIndex, Int32Array[]>();

/** Each facet's counts over the whole library (computed once per index). */
export function countsOverAll(index: SearchIndex): Int32Array[] {
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

/** Adds `by` to the counts of the values of docs[0 .. n) in `column`: one tight loop per column. */
function countColumn(column: FacetColumn, counts: Int32Array, docs: Int32Array, n: number, by: number): void {
  const { single } = column;
  if (single) {
    for (let k = 0; k < n; k++) {
      const v = single[docs[k]!]!;
      if (v >= 0) counts[v]! += by;
    }
    return;
  }
  const { start, list } = column;
  for (let k = 0; k < n; k++) {
    const d = docs[k]!;
    for (let j = start[d]!, end = start[d + 1]!; j < end; j++) counts[list[j]!]! += by;
  }
}

/** Like countColumn (adding 1), listing each value the first time it is counted: a facet with
 * many values then picks its top from those, not from every value of the library. */
function countColumnTouched(column: FacetColumn, counts: Int32Array, docs: Int32Array, n: number): number[] {
  const { start, list } = column;
  const touched: number[] = [];
  for (let k = 0; k < n; k++) {
    const d = docs[k]!;
    for (let j = start[d]!, end = start[d + 1]!; j < end; j++) if (counts[list[j]!]!++ === 0) touched.push(list[j]!);
  }
  return touched;
}

/** A facet's counts over a set: exact for every value, or for those in `pool` (the top ids a
 * walk found), or for those in `touched` (the only ones counted). */
export type Counted = { counts: Int32Array; pool?: number[]; touched?: number[] };

/** The documents to count over: a list, and its bitset when a walk needs it (one set at a time). */
export type CountSet = { docs: Int32Array; n: number; bits: () => Uint32Array };

export function countSet(index: SearchIndex, docs: Int32Array, n: number): CountSet {
  const set: CountSet = { docs, n, bits: () => (bitsOwner === set ? index.scratch.bits : ((bitsOwner = set), index.scratch.bitsOf(docs, n))) };
  return set;
}
/** Whose documents the scratch bitset holds now. */
let bitsOwner: CountSet | null = null;

/** Memory reads to count `n` documents' values in `column` one document at a time, weighed
 * twice: they jump around the column, where a walk reads lists in order and tests cached bits. */
const perDocumentCost = (index: SearchIndex, column: FacetColumn, n: number) => 2 * n * (column.single ? 2 : 1 + (2 * column.list.length) / index.size);

/**
 * Counts facet `name` over `set` the cheaper way: walking its values (their lists against the
 * set's bits) or document by document; `complement` offers the documents outside the set, to
 * subtract from the library's counts when they are fewer.
 */
export function countFacet(index: SearchIndex, name: FacetName, selected: string[], set: CountSet, complement?: () => CountSet): Counted {
  const column = index.facets[name];
  const counts = index.scratch.facetCounts(FACET_NAMES.indexOf(name), column.values.length);
  const k = TOP[name] + selected.length;
  const rank = collationRank(column);
  const walk = walkCost(column, rank, k, set.n / index.size) + (bitsOwner === set ? 0 : set.n);
  const direct = perDocumentCost(index, column, set.n);
  const inverse = complement ? index.size + perDocumentCost(index, column, index.size - set.n) : Infinity;
  if (walk < direct && walk < inverse) {
    const also = selected.map((v) => column.idOf(v)).filter((id): id is number => id !== undefined);
    return { counts, pool: walkTopValues(column, rank, set.bits(), k, counts, also) };
  }
  if (inverse < direct) {
    const others = complement!();
    counts.set(countsOverAll(index)[FACET_NAMES.indexOf(name)]!);
    countColumn(column, counts, others.docs, others.n, -1);
  } else if (!column.single && set.n * (column.list.length / index.size) * 4 < column.values.length) {
    return { counts, touched: countColumnTouched(column, counts, set.docs, set.n) };
  } else {
    countColumn(column, counts, set.docs, set.n, 1);
  }
  return { counts };
}

