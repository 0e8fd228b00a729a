"use client";
// Facets with live counts: each value is a link to the search with that value toggled
// (works without JavaScript); with it, the click updates the URL in place.
import type { FacetCounts } from "@/lib/search/facets";
import { FACET_NAMES, toQueryString, toggleFacet, type FacetName, type SearchState } from "@/lib/search/search-state";

export type FacetPanelProps = { facets: FacetCounts; state: SearchState; onChange: (next: SearchState) => void };

const LABELS: Record<FacetName, string> = { year: "Year", author: "Author", category: "Category", topic: "Topic", hasId: "arXiv ID" };
const valueLabel = (name: FacetName, value: string) => (name === "hasId" ? (value === "yes" ? "Has an arXiv ID" : "No arXiv ID") : value);

export function FacetPanel({ facets, state, onChange }: FacetPanelProps) {
  return (
    <nav aria-label="Filters" className="space-y-5">
      {FACET_NAMES.filter((name) => facets[name].length > 0).map((name) => (
        <section key={name} aria-labelledby={`facet-${name}`}>
          <h2 id={`facet-${name}`} className="mb-1.5 text-xs font-semibold tracking-wide text-muted uppercase">
            {LABELS[name]}
          </h2>
          <ul className="space-y-0.5 text-sm">
            {facets[name].map(({ value, count, label }) => {
              const selected = state[name].includes(value);
              const next = toggleFacet(state, name, value);
              return (
                <li key={value}>
                  <a
                    href={`/?${toQueryString(next)}`}
                    role="checkbox"
                    aria-checked={selected}
                    onClick={(e) => {
                      e.preventDefault();
                      onChange(next);
                    }}
                    className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-chip"
                  >
                    <span aria-hidden className={`size-3.5 shrink-0 rounded-sm border ${selected ? "border-accent bg-accent" : "border-muted"}`} />
                    <span className="min-w-0 flex-1 truncate">{label ?? valueLabel(name, value)}</span>
                    <span className="text-xs text-muted tabular-nums">{count}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
