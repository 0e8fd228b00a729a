// The values a facet shows: the most frequent (years: every year, newest first), plus any
// selected value wherever it ranks, even at zero. Picks the top from the counters without
// an object per value: an author facet has as many values as the library has authors.

import type { FacetColumn } from "./facet-column";
import type { SearchIndex } from "./search-index";
import type { FacetName } from "./search-state";

export type FacetValue = { value: string; count: number; label?: string };

const TOP: Record<FacetName, number> = { year: 100, author: 25, category: 25, topic: 25, hasId: 2 };
const collator = new Intl.Collator();

/** Each value's position in collation order (cached per column): ties compare as numbers. */
const ranks = new WeakMap<FacetColumn, Int32Array>();
function collationRank(column: FacetColumn): Int32Array {
  let rank = ranks.get(column);
  if (!rank) {
    const order = column.values.map((_, id) => id).sort((a, b) => collator.compare(column.values[a]!, column.values[b]!));
    rank = new Int32Array(order.length);
    order.forEach((id, position) => (rank![id] = position));
    ranks.set(column, rank);
  }
  return rank;
}

/** Ids of the `k` best values with a count, best first. */
function bestIds(counts: Int32Array, k: number, better: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] === 0) continue;
    if (best.length === k && better(id, best[k - 1]!) >= 0) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && better(id, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = id;
  }
  return best;
}

export function topFacetValues(index: SearchIndex, name: FacetName, counts: Int32Array, selected: string[]): FacetValue[] {
  const column = index.facets[name];
  const { values } = column;
  const rank = collationRank(column);
  const compare =
    name === "year"
      ? (a: FacetValue, b: FacetValue) => collator.compare(b.value, a.value)
      : (a: FacetValue, b: FacetValue) => b.count - a.count || collator.compare(a.value, b.value);
  const better = name === "year" ? (a: number, b: number) => rank[b]! - rank[a]! : (a: number, b: number) => counts[b]! - counts[a]! || rank[a]! - rank[b]!;
  const pool = new Set(bestIds(counts, TOP[name] + selected.length, better));
  const shown: FacetValue[] = [...pool].map((id) => ({ value: values[id]!, count: counts[id]! }));
  for (const value of new Set(selected)) {
    const id = column.idOf(value);
    if (id === undefined || !pool.has(id)) shown.push({ value, count: id === undefined ? 0 : counts[id]! });
  }
  shown.sort(compare);
  const chosen = new Set(selected);
  const top = shown.slice(0, TOP[name]);
  for (const v of shown.slice(TOP[name])) if (chosen.has(v.value)) top.push(v);
  if (name === "topic") for (const v of top) v.label = index.topicLabel(v.value);
  return top;
}
