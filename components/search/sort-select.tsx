"use client";
// Sort order: relevance, newest or oldest first.
import { SORTS, type SearchState, type Sort } from "@/lib/search/search-state";

export type SortSelectProps = { state: SearchState; onChange: (next: SearchState) => void };
const LABELS: Record<Sort, string> = { relevance: "Relevance", newest: "Newest first", oldest: "Oldest first" };

export function SortSelect({ state, onChange }: SortSelectProps) {
  return (
    <label className="flex items-center gap-2 text-sm text-muted">
      Sort
      <select
        name="sort"
        form="search-form"
        value={state.sort}
        onChange={(e) => onChange({ ...state, sort: e.target.value as Sort, page: 1 })}
        className="rounded border border-border bg-surface px-2 py-1 text-foreground"
      >
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
