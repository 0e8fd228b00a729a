"use client";
// The interactive search screen: box, facets, sort, results and paging. The server
// renders the first state and hydrates the query cache, so there is no loading flash;
// later states come from GET /api/search. j/k move through results, Enter opens one.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { searchQueryOptions } from "@/lib/search/query-options";
import { FacetPanel } from "./facet-panel";
import { Pagination } from "./pagination";
import { ResultItem } from "./result-item";
import { isTyping, SearchBox } from "./search-box";
import { SortSelect } from "./sort-select";
import { useSearchNavigation } from "./use-search-navigation";

export function SearchPane() {
  const { state, qs, navigate } = useSearchNavigation();
  const { data, isFetching, isError } = useQuery({ ...searchQueryOptions(qs), placeholderData: keepPreviousData });
  const [active, setActive] = useState(-1);
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  useEffect(() => setActive(-1), [qs]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.metaKey || e.ctrlKey || e.altKey || !data) return;
      const count = data.results.length;
      if (e.key === "j" || e.key === "k") {
        e.preventDefault();
        setActive((i) => Math.max(0, Math.min(count - 1, i + (e.key === "j" ? 1 : -1))));
      } else if (e.key === "Enter" && active >= 0 && data.results[active]) {
        window.location.assign(data.results[active].url);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [data, active]);

  useEffect(() => {
    if (active >= 0) document.querySelector(`[data-result="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  return (
    <div className="space-y-5" data-interactive={interactive || undefined}>
      <SearchBox state={state} onSearch={(q, mode) => navigate({ ...state, q, page: 1 }, mode)} />
      {data?.hints.map((hint) => (
        <p key={hint} role="note" className="rounded border border-border bg-chip px-3 py-2 text-sm">
          {hint}
        </p>
      ))}
      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <div>
          {/* Phones get the filters folded away; wider screens a sidebar. */}
          <details className="md:hidden">
            <summary className="cursor-pointer text-sm font-semibold">Filters</summary>
            <div className="mt-3">{data ? <FacetPanel facets={data.facets} state={state} onChange={navigate} /> : null}</div>
          </details>
          <div className="hidden md:block">{data ? <FacetPanel facets={data.facets} state={state} onChange={navigate} /> : null}</div>
        </div>
        <section aria-label="Results" aria-busy={isFetching}>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-muted" aria-live="polite">
              {data ? (
                <>
                  <span className="font-semibold text-foreground">{data.total}</span> {data.total === 1 ? "paper" : "papers"}
                </>
              ) : null}
            </p>
            <div className="flex items-center gap-3">
              <ExportLinks qs={qs} />
              <SortSelect state={state} onChange={navigate} />
            </div>
          </div>
          {isError ? <p role="alert">Search failed; try again.</p> : null}
          {data && data.results.length === 0 ? <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">No papers match.</p> : null}
          <ol className="space-y-3">
            {data?.results.map((r, i) => (
              <li key={r.id} data-result={i}>
                <ResultItem result={r} active={i === active} />
              </li>
            ))}
          </ol>
          {data ? <Pagination state={state} total={data.total} onChange={navigate} /> : null}
        </section>
      </div>
    </div>
  );
}

function ExportLinks({ qs }: { qs: string }) {
  const suffix = qs ? `&${qs}` : "";
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer text-muted hover:text-foreground">Export</summary>
      <ul className="absolute right-0 z-10 mt-1 w-40 rounded border border-border bg-surface p-1 shadow">
        {(["bibtex", "csv", "json"] as const).map((f) => (
          <li key={f}>
            <a className="block rounded px-2 py-1 hover:bg-chip" href={`/api/search/export?format=${f}${suffix}`}>
              {f === "bibtex" ? "BibTeX" : f.toUpperCase()} (all results)
            </a>
          </li>
        ))}
        <li>
          <a className="block rounded px-2 py-1 hover:bg-chip" href={`/feed.atom${qs ? `?${qs}` : ""}`}>
            Atom feed
          </a>
        </li>
      </ul>
    </details>
  );
}
