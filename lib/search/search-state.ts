// The search state as the URL holds it (query, facet filters, sort, page), readable in
// the browser without zod: the page, the pane and the API agree on one canonical form.

export const SORTS = ["relevance", "newest", "oldest"] as const;
export const FACET_NAMES = ["year", "author", "category", "topic", "hasId"] as const;
export type Sort = (typeof SORTS)[number];
export type FacetName = (typeof FACET_NAMES)[number];

export type SearchState = { q: string; page: number; pageSize: number; sort: Sort } & Record<FacetName, string[]>;

export const DEFAULT_PAGE_SIZE = 20;

/** Lenient read of URL parameters (the server validates strictly). */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  const pageSize = Number(params.get("pageSize"));
  const state = {
    q: params.get("q") ?? "",
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 100 ? pageSize : DEFAULT_PAGE_SIZE,
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "relevance",
  } as SearchState;
  for (const name of FACET_NAMES) state[name] = params.getAll(name);
  return state;
}

/** Canonical query string (defaults left out): URLs and query cache keys. */
export function toQueryString(state: Partial<SearchState>): string {
  const qs = new URLSearchParams();
  if (state.q) qs.set("q", state.q);
  for (const name of FACET_NAMES) for (const v of state[name] ?? []) qs.append(name, v);
  if (state.sort && state.sort !== "relevance") qs.set("sort", state.sort);
  if (state.pageSize && state.pageSize !== DEFAULT_PAGE_SIZE) qs.set("pageSize", String(state.pageSize));
  if (state.page && state.page > 1) qs.set("page", String(state.page));
  return qs.toString();
}

/** The state with one facet value switched on or off (back to page 1). */
export function toggleFacet(state: SearchState, name: FacetName, value: string): SearchState {
  const values = state[name].includes(value) ? state[name].filter((v) => v !== value) : [...state[name], value];
  return { ...state, [name]: values, page: 1 };
}
