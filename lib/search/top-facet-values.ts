// The values a facet shows: the most frequent (years: every year, newest first), plus any
// selected value wherever it ranks, even at zero. Picks the top from the counters without
// an object per value: an author facet has as many values as the library has authors.

import type { FacetColumn } from "./facet-column";
import type { SearchIndex } from "./search-index";
import type { FacetName } from "./search-state";

export type FacetValue = { value: string; count: number; label?: string };

export const TOP: Record<FacetName, number> = { year: 100, author: 25, category: 25, topic: 25, hasId: 2 };
const collator = new Intl.Collator();

/** Each value's position in collation order (cached per column): ties compare as numbers. */
const ranks = new WeakMap<FacetColumn, Int32Array>();
export function collationRank(column: FacetColumn): Int32Array {
  let rank = ranks.get(column);
  if (!rank) {
    const order = column.values.map((_, id) => id).sort((a, b) => collator.compare(column.values[a]!, column.values[b]!));
    rank = new Int32Array(order.length);
    order.forEach((id, position) => (rank![id] = position));
    ranks.set(column, rank);
  }
  return rank;
}

/** Ids of the `k` values with the highest counts (ties: collation order), best first: the
 * k-th count from a histogram of counts, then one pass for the values above it and the ties. */
export function mostCounted(counts: Int32Array, rank: Int32Array, k: number, among?: number[]): number[] {
  const byCount = (a: number, b: number) => counts[b]! - counts[a]! || rank[a]! - rank[b]!;
  if (among) return among.length <= 4 * k ? among.sort(byCount).slice(0, k) : mostCountedAmong(among, counts, rank, k, byCount);
  let max = 0;
  for (let id = 0; id < counts.length; id++) if (counts[id]! > max) max = counts[id]!;
  const histogram = new Int32Array(max + 1);
  for (let id = 0; id < counts.length; id++) histogram[counts[id]!]!++;
  let above = 0;
  let threshold = max;
  while (threshold > 0 && above + histogram[threshold]! < k) above += histogram[threshold--]!;
  const top: number[] = [];
  const ties: number[] = []; // the best (k - above) values at the threshold, by collation order
  const room = k - above;
  for (let id = 0; id < counts.length; id++) {
    const c = counts[id]!;
    if (c > threshold) top.push(id);
    else if (c === threshold && c > 0 && (ties.length < room || rank[id]! < rank[ties[room - 1]!]!)) {
      let at = ties.length < room ? ties.length : room - 1;
      while (at > 0 && rank[ties[at - 1]!]! > rank[id]!) ties[at] = ties[--at]!;
      ties[at] = id;
    }
  }
  return [...top.sort(byCount), ...ties];
}

/** The k best of `among` (ids with a count): bounded insertion, since the list is short. */
function mostCountedAmong(among: number[], counts: Int32Array, rank: Int32Array, k: number, byCount: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  for (const id of among) {
    if (best.length === k && byCount(id, best[k - 1]!) >= 0) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && byCount(id, best[at - 1]!) < 0) best[at] = best[--at]!;
    best[at] = id;
  }
  return best;
}

/**
 * `counts`: exact for every value with a count; with `pool`, the top ids already found, exact
 * for those and the selected; with `touched`, exact and non-zero only for the ids listed.
 */
export function topFacetValues(index: SearchIndex, name: FacetName, counts: Int32Array, selected: string[], pool?: number[], touched?: number[]): FacetValue[] {
  const column = index.facets[name];
  const { values } = column;
  const rank = collationRank(column);
  const compare =
    name === "year"
      ? (a: FacetValue, b: FacetValue) => collator.compare(b.value, a.value)
      : (a: FacetValue, b: FacetValue) => b.count - a.count || collator.compare(a.value, b.value);
  const top = new Set(
    pool ?? (name === "year" ? values.map((_, id) => id).filter((id) => counts[id]! > 0) : mostCounted(counts, rank, TOP[name] + selected.length, touched)),
  );
  const shown: FacetValue[] = [...top].map((id) => ({ value: values[id]!, count: counts[id]! }));
  for (const value of new Set(selected)) {
    const id = column.idOf(value);
    if (id === undefined || !top.has(id)) shown.push({ value, count: id === undefined ? 0 : counts[id]! });
  }
  shown.sort(compare);
  const chosen = new Set(selected);
  const out = shown.slice(0, TOP[name]);
  for (const v of shown.slice(TOP[name])) if (chosen.has(v.value)) out.push(v);
  if (name === "topic") for (const v of out) v.label = index.topicLabel(v.value);
  return out;
}
