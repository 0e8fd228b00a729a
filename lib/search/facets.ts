// Facet filtering and counting in one pass over the matching documents. A document
// counts toward facet F when it passes every filter except F's own, so each facet
// shows what choosing another of its values would give (OR within, AND across).

import type { SearchParams } from "./params";
import { FACET_NAMES, type FacetName } from "./search-state";
import type { FacetColumn, SearchIndex } from "./search-index";

export type FacetValue = { value: string; count: number; label?: string };
export type FacetCounts = Record<FacetName, FacetValue[]>;

const TOP: Record<FacetName, number> = { year: 100, author: 25, category: 25, topic: 25, hasId: 2 };

type Filter = { column: FacetColumn; wanted: Uint8Array | null };

function filterOf(column: FacetColumn, values: string[]): Filter {
  if (values.length === 0) return { column, wanted: null };
  const wanted = new Uint8Array(column.values.length + 1);
  for (const v of values) {
    const id = column.idOf(v);
    if (id !== undefined) wanted[id] = 1;
  }
  return { column, wanted };
}

function passes({ column, wanted }: Filter, d: number): boolean {
  if (!wanted) return true;
  for (let i = column.start[d]!; i < column.start[d + 1]!; i++) if (wanted[column.list[i]!]) return true;
  return false;
}

/** Filters `docs` by the facet parameters and counts every facet's values. */
export function applyFacets(index: SearchIndex, docs: Iterable<number>, params: SearchParams): { kept: number[]; facets: FacetCounts } {
  const filters = FACET_NAMES.map((name) => filterOf(index.facets[name], params[name]));
  const counts = FACET_NAMES.map((name) => new Int32Array(index.facets[name].values.length));
  const all = (1 << FACET_NAMES.length) - 1;
  const kept: number[] = [];
  for (const d of docs) {
    let mask = 0;
    filters.forEach((f, i) => {
      if (passes(f, d)) mask |= 1 << i;
    });
    if (mask === all) kept.push(d);
    filters.forEach((f, i) => {
      if ((mask | (1 << i)) !== all) return;
      const c = counts[i]!;
      for (let j = f.column.start[d]!; j < f.column.start[d + 1]!; j++) c[f.column.list[j]!]!++;
    });
  }
  const facets = Object.fromEntries(
    FACET_NAMES.map((name, i) => {
      const column = index.facets[name];
      const selected = new Set(params[name]);
      const values: FacetValue[] = [...counts[i]!].map((count, id) => ({ value: column.values[id]!, count })).filter((v) => v.count > 0 || selected.has(v.value));
      for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
      values.sort(name === "year" ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value));
      const top = values.slice(0, TOP[name]);
      for (const v of values.slice(TOP[name])) if (selected.has(v.value)) top.push(v);
      if (name === "topic") for (const v of top) v.label = index.topicLabel(v.value);
      return [name, top];
    }),
  ) as FacetCounts;
  return { kept, facets };
}
