// The top values of a facet over a large set of documents, without visiting each document:
// values are taken in order of their count in the whole library (a bound on their count in
// any set) and counted exactly from their own document lists against the set's bitset; the
// walk stops when no value left can reach the top k. Reading lists in order and testing bits
// costs a fraction of looking up each matching document's values.

import type { FacetColumn } from "./facet-column";

type ColumnOrder = { order: Int32Array; sizes: Int32Array; reach: Int32Array };
const orders = new WeakMap<FacetColumn, ColumnOrder>();

/** Values by library count, most first, ties in `rank` order; `reach[i]`: list entries of the first i. */
function orderOf(column: FacetColumn, rank: Int32Array): ColumnOrder {
  let cached = orders.get(column);
  if (!cached) {
    const sizes = Int32Array.from(column.values, (_, id) => column.docsWith(id).length);
    const order = Int32Array.from(column.values, (_, id) => id).sort((a, b) => sizes[b]! - sizes[a]! || rank[a]! - rank[b]!);
    const reach = new Int32Array(order.length + 1);
    order.forEach((id, i) => (reach[i + 1] = reach[i]! + sizes[id]!));
    orders.set(column, (cached = { order, sizes, reach }));
  }
  return cached;
}

/**
 * Roughly how many list entries a walk for the top `k` reads over a set holding `share` of
 * the library (to choose it over counting): if values are spread evenly, the k-th counts about
 * share × its library count, and the walk reads every value whose library count reaches that.
 */
export function walkCost(column: FacetColumn, rank: Int32Array, k: number, share: number): number {
  const { order, sizes, reach } = orderOf(column, rank);
  if (order.length <= k) return reach[order.length]!;
  const stop = share * sizes[order[k - 1]!]!;
  let lo = k;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sizes[order[mid]!]! >= stop) lo = mid + 1;
    else hi = mid;
  }
  return reach[lo]!;
}

/** The counted set as a bitset (bit d of word d >> 5): small enough to stay in the fastest cache. */
export type SetBits = Uint32Array;

function countIn(docs: Int32Array, bits: SetBits): number {
  let n = 0;
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k]!;
    n += (bits[d >>> 5]! >>> (d & 31)) & 1;
  }
  return n;
}

/**
 * Writes the exact counts of the top `k` values (and of `alsoIds`) into `counts` and returns
 * the top ids, best first: the same ids as counting everything and taking the k largest.
 */
export function walkTopValues(column: FacetColumn, rank: Int32Array, set: SetBits, k: number, counts: Int32Array, alsoIds: number[]): number[] {
  const { order, sizes } = orderOf(column, rank);
  const best: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    const bound = sizes[id]!;
    const last = best[k - 1];
    if (bound === 0) break;
    if (last !== undefined && (bound < counts[last]! || (bound === counts[last] && rank[id]! > rank[last]!))) break;
    const c = (counts[id] = countIn(column.docsWith(id), set));
    if (c === 0 || (last !== undefined && (c < counts[last]! || (c === counts[last] && rank[id]! > rank[last]!)))) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && (counts[best[at - 1]!]! < c || (counts[best[at - 1]!] === c && rank[best[at - 1]!]! > rank[id]!))) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = id;
  }
  for (const id of alsoIds) counts[id] = countIn(column.docsWith(id), set);
  return best;
}
