// Result order without sorting every hit: a page needs only the first `to` documents, so
// relevance keeps a bounded heap; date orders walk the library's date order and pick the
// kept documents when there are many, or sort the few kept ones by their date rank.

import type { FilteredDocs } from "./facets";
import type { SearchIndex } from "./search-index";

export type Order = "relevance" | "newest" | "oldest";

/** Documents at positions [from, to) of the kept documents in `order`. */
export function rankedSlice(index: SearchIndex, filtered: FilteredDocs, scores: Float64Array, order: Order, from: number, to: number): number[] {
  const end = Math.min(to, filtered.count);
  if (from >= end) return [];
  if (order === "relevance") return topByScore(index, filtered, scores, end).slice(from, end);
  if (filtered.byDate) {
    const out: number[] = [];
    for (let i = from; i < end; i++) out.push(filtered.kept[order === "newest" ? i : filtered.count - 1 - i]!);
    return out;
  }
  return byDateRank(index, filtered, order, end).slice(from, end);
}

/** Every kept document in `order` (exports and feeds). */
export function rankedAll(index: SearchIndex, filtered: FilteredDocs, scores: Float64Array, order: Order): number[] {
  return rankedSlice(index, filtered, scores, order, 0, filtered.count);
}

function topByScore(index: SearchIndex, filtered: FilteredDocs, scores: Float64Array, k: number): number[] {
  const { dateRank } = index;
  const byRelevance = (a: number, b: number) => scores[b]! - scores[a]! || dateRank[a]! - dateRank[b]!;
  const { kept, count } = filtered;
  if (k * 4 >= count) return Array.from({ length: count }, (_, i) => kept[i]!).sort(byRelevance).slice(0, k);
  // A heap of the best k so far, the worst of them on top: most hits lose to it at once.
  const heap = new Int32Array(k);
  let size = 0;
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && dateRank[a]! > dateRank[b]!);
  // The worst of the best k so far: a hit that does not beat it is dropped at once.
  let [floorScore, floorRank] = [-Infinity, -1];
  for (let i = 0; i < count; i++) {
    const d = kept[i]!;
    const score = scores[d]!;
    if (size === k && (score < floorScore || (score === floorScore && dateRank[d]! > floorRank))) continue;
    let at: number;
    if (size < k) {
      at = size++;
      while (at > 0 && worse(d, heap[(at - 1) >> 1]!)) {
        heap[at] = heap[(at - 1) >> 1]!;
        at = (at - 1) >> 1;
      }
    } else {
      at = 0;
      for (;;) {
        const l = 2 * at + 1;
        if (l >= size) break;
        const child = l + 1 < size && worse(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!worse(heap[child]!, d)) break;
        heap[at] = heap[child]!;
        at = child;
      }
    }
    heap[at] = d;
    if (size === k) [floorScore, floorRank] = [scores[heap[0]!]!, dateRank[heap[0]!]!];
  }
  return Array.from(heap.subarray(0, size)).sort(byRelevance);
}

function byDateRank(index: SearchIndex, filtered: FilteredDocs, order: Order, k: number): number[] {
  const { kept, count, keptLevel } = filtered;
  const { byDate, dateRank, scratch } = index;
  const newest = order === "newest";
  if (count * 8 > index.size) {
    filtered.markKept();
    const out: number[] = [];
    for (let i = 0; i < byDate.length && out.length < k; i++) {
      const d = byDate[newest ? i : byDate.length - 1 - i]!;
      if (scratch.level(d) === keptLevel) out.push(d);
    }
    return out;
  }
  const ranks = new Int32Array(count);
  for (let i = 0; i < count; i++) ranks[i] = dateRank[kept[i]!]!;
  ranks.sort();
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(byDate[ranks[newest ? i : count - 1 - i]!]!);
  return out;
}
