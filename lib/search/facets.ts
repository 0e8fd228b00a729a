// Facet filtering and counting over the matching documents, into typed-array counters.
// A document counts toward facet F when it passes every filter except F's own, so each
// facet shows what choosing another of its values would give (OR within, AND across).
// Each set of documents to count is walked from its smallest part (the matches, or the
// documents of a chosen value) and checked against the rest; counts are exact. When most
// of the library matches and nothing filters, the documents that do not match are
// subtracted from the whole library's counts instead.

import type { FacetColumn } from "./facet-column";
import type { SearchParams } from "./params";
import { KEPT } from "./query-scratch";
import type { SearchIndex } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { walkCost, walkTopValues } from "./facet-walk";
import { collationRank, TOP, topFacetValues, type FacetValue } from "./top-facet-values";

export type { FacetValue };
export type FacetCounts = Record<FacetName, FacetValue[]>;

/** A filter over one column: the value ids wanted (a document needs one of them). */
export type ColumnFilter = { column: FacetColumn; ids: number[] };

export function columnFilter(column: FacetColumn, ids: number[]): ColumnFilter {
  return { column, ids };
}

/** The documents to filter: a list (`matchedLevel` marks them), or every document newest first (`all`). */
export type Candidates = { docs: Int32Array; count: number; all: boolean; matchedLevel: number };

export type FilteredDocs = {
  /** Kept documents in kept[0 .. count); `byDate` when they are every document, newest first. */
  kept: Int32Array;
  count: number;
  byDate: boolean;
  /** The scratch level that marks a kept document. */
  keptLevel: number;
  facets: FacetCounts;
};

/** Documents by one condition: lists to walk (a document may repeat across them; `exact`:
 * they hold only members) and a test. */
type DocSet = { size: number; lists: Int32Array[]; exact: boolean; has: (d: number) => boolean };

function setOf({ column, ids }: ColumnFilter): DocSet {
  const wanted = new Uint8Array(column.values.length);
  for (const id of ids) wanted[id] = 1;
  const { start, list } = column;
  const lists = ids.map((id) => column.docsWith(id));
  return {
    size: lists.reduce((n, l) => n + l.length, 0),
    lists,
    exact: true,
    has: (d) => {
      for (let i = start[d]!; i < start[d + 1]!; i++) if (wanted[list[i]!]) return true;
      return false;
    },
  };
}

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
type Counted = { counts: Int32Array; pool?: number[]; touched?: number[] };

/** The documents to count over: a list, and its bitset when a walk needs it (one set at a time). */
type CountSet = { docs: Int32Array; n: number; bits: () => Uint32Array };

function countSet(index: SearchIndex, docs: Int32Array, n: number): CountSet {
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
function countFacet(index: SearchIndex, name: FacetName, selected: string[], set: CountSet, complement?: () => CountSet): Counted {
  const column = index.facets[name];
  const counts = new Int32Array(column.values.length);
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
    return { kept: index.byDate, count: index.size, byDate: true, keptLevel: -1, facets: copy };
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
    return { kept: docs, count, byDate: false, keptLevel: matchedLevel, facets: format(counted) };
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
  for (let k = 0; k < keptCount; k++) scratch.setLevel(kept[k]!, KEPT);
  const keptSet = countSet(index, kept, keptCount);
  FACET_NAMES.forEach((name, i) => {
    if (!active[i]) counted[i] = countFacet(index, name, params[name], keptSet);
  });
  return { kept, count: keptCount, byDate: false, keptLevel: KEPT, facets: format(counted) };
}

/** Writes to `out` each document in every one of `sets` once, walking the smallest; returns how many. */
function collect(index: SearchIndex, sets: DocSet[], out: Int32Array): number {
  const driver = sets.reduce((a, b) => (b.size < a.size ? b : a));
  const rest = sets.filter((s) => s !== driver || !s.exact);
  const repeats = driver.lists.length > 1;
  if (repeats) index.scratch.newMarks();
  let n = 0;
  for (const list of driver.lists) {
    outer: for (let k = 0; k < list.length; k++) {
      const d = list[k]!;
      if (repeats && !index.scratch.mark(d)) continue;
      for (let r = 0; r < rest.length; r++) if (!rest[r]!.has(d)) continue outer;
      out[n++] = d;
    }
  }
  return n;
}
