// Sets of documents that facet filtering intersects: the matches, every document, the
// documents of chosen facet values. Each can be listed (the smallest is walked) and tested
// (the others are checked), so an intersection costs about the size of its smallest part.

import type { FacetColumn } from "./facet-column";
import type { SearchIndex } from "./search-index";

/** A filter over one column: the value ids wanted (a document needs one of them). */
export type ColumnFilter = { column: FacetColumn; ids: number[] };

export function columnFilter(column: FacetColumn, ids: number[]): ColumnFilter {
  return { column, ids };
}

/** Documents by one condition: lists to walk (a document may repeat across them; `exact`:
 * they hold only members) and a test. */
export type DocSet = { size: number; lists: Int32Array[]; exact: boolean; has: (d: number) => boolean };

export function setOf({ column, ids }: ColumnFilter): DocSet {
  const wanted = new Uint8Array(column.values.length);
  for (const id of ids) wanted[id] = 1;
  const { start, list, single } = column;
  const lists = ids.map((id) => column.docsWith(id));
  return {
    size: lists.reduce((n, l) => n + l.length, 0),
    lists,
    exact: true,
    has: single
      ? (d) => single[d]! >= 0 && wanted[single[d]!] === 1
      : (d) => {
          for (let i = start[d]!; i < start[d + 1]!; i++) if (wanted[list[i]!]) return true;
          return false;
        },
  };
}

/** Writes to `out` each document in every one of `sets` once, walking the smallest; returns how many. */
export function collect(index: SearchIndex, sets: DocSet[], out: Int32Array): number {
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
