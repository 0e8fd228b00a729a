"use client";
// Paging links that keep the rest of the search state; plain links without JavaScript.
import { toQueryString, type SearchState } from "@/lib/search/search-state";

export type PaginationProps = { state: SearchState; total: number; onChange: (next: SearchState) => void };

export function Pagination({ state, total, onChange }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  if (pages === 1) return null;
  const link = (page: number, label: string, rel?: string) => {
    const next = { ...state, page };
    return (
      <a
        href={`/?${toQueryString(next)}`}
        rel={rel}
        aria-current={page === state.page ? "page" : undefined}
        onClick={(e) => {
          e.preventDefault();
          onChange(next);
          window.scrollTo({ top: 0 });
        }}
        className="rounded border border-border px-3 py-1 hover:bg-chip aria-[current=page]:border-accent aria-[current=page]:font-semibold"
      >
        {label}
      </a>
    );
  };
  const around = [...new Set([1, state.page - 1, state.page, state.page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {state.page > 1 ? link(state.page - 1, "← Previous", "prev") : null}
      {around.map((p) => (
        <span key={p}>{link(p, String(p))}</span>
      ))}
      {state.page < pages ? link(state.page + 1, "Next →", "next") : null}
    </nav>
  );
}
