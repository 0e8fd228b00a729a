// The author index's controls as a plain GET form and links (no JavaScript needed): a
// name filter (?q=), the sort (?sort=name|papers) and the page links; each keeps the rest.
import type { AuthorIndex, AuthorSort } from "@/lib/authors/queries";

export type AuthorIndexState = { q: string; sort: AuthorSort; page: number };

export function authorIndexHref(state: AuthorIndexState): string {
  const qs = new URLSearchParams();
  if (state.q) qs.set("q", state.q);
  if (state.sort !== "name") qs.set("sort", state.sort);
  if (state.page > 1) qs.set("page", String(state.page));
  const s = qs.toString();
  return s ? `/authors?${s}` : "/authors";
}

export function AuthorSearchForm({ state }: { state: AuthorIndexState }) {
  return (
    <form role="search" action="/authors" method="get" className="flex gap-2">
      <label htmlFor="author-q" className="sr-only">
        Find an author by name
      </label>
      <input
        id="author-q"
        name="q"
        type="search"
        defaultValue={state.q}
        placeholder="Find an author by name"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-lg border border-border bg-surface px-3 py-2 text-base shadow-xs placeholder:text-muted/70"
      />
      {state.sort !== "name" ? <input type="hidden" name="sort" value={state.sort} /> : null}
      <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-background hover:opacity-90">
        Search
      </button>
    </form>
  );
}

const SORT_LABELS: Record<AuthorSort, string> = { name: "Name", papers: "Number of papers" };

export function AuthorSortLinks({ state }: { state: AuthorIndexState }) {
  return (
    <nav aria-label="Sort authors" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Sort by</span>
      {(Object.keys(SORT_LABELS) as AuthorSort[]).map((sort) => (
        <a
          key={sort}
          href={authorIndexHref({ ...state, sort, page: 1 })}
          aria-current={state.sort === sort ? "page" : undefined}
          className="rounded-full border border-border px-3 py-1 hover:border-accent hover:text-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-background"
        >
          {SORT_LABELS[sort]}
        </a>
      ))}
    </nav>
  );
}

export function AuthorPageLinks({ state, index }: { state: AuthorIndexState; index: AuthorIndex }) {
  if (index.pages <= 1) return null;
  const pages = [...new Set([1, index.page - 1, index.page, index.page + 1, index.pages])].filter((p) => p >= 1 && p <= index.pages).sort((a, b) => a - b);
  const link = (page: number, label: string, rel?: string) => (
    <a
      href={authorIndexHref({ ...state, page })}
      rel={rel}
      aria-current={page === index.page ? "page" : undefined}
      className="rounded border border-border px-3 py-1 hover:bg-chip aria-[current=page]:border-accent aria-[current=page]:font-semibold"
    >
      {label}
    </a>
  );
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-2 text-sm">
      {index.page > 1 ? link(index.page - 1, "← Previous", "prev") : null}
      {pages.map((p) => (
        <span key={p}>{link(p, String(p))}</span>
      ))}
      {index.page < index.pages ? link(index.page + 1, "Next →", "next") : null}
    </nav>
  );
}
