// Absolute URLs an export or feed hands out: a paper's permalink, and the search a feed
// follows in one canonical form (so the same search always has the same feed id).

import type { SearchParams } from "../search/params";
import { paperPath } from "../papers/paper-key";
import { FACET_NAMES, toQueryString } from "../search/search-state";

export function paperPermalink(origin: string, key: string): string {
  return `${origin}${paperPath(key)}`;
}

/** The query and facet filters, values sorted; paging and sort left out (a feed has its own order). */
export function canonicalSearchQuery(params: SearchParams): string {
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [...new Set(params[name])].sort()]));
  return toQueryString({ q: params.q.trim(), ...facets });
}

export function searchFeedLinks(origin: string, params: SearchParams) {
  const qs = canonicalSearchQuery(params);
  const feedUrl = `${origin}/feed.atom${qs ? `?${qs}` : ""}`;
  // The page shows the same papers in the feed's order.
  const alternateUrl = `${origin}/?${qs ? `${qs}&` : ""}sort=newest`;
  return { id: feedUrl, selfUrl: feedUrl, alternateUrl };
}

/** What a search is about in a few words: its query, then any facet filters. */
export function describeSearch(params: SearchParams, whenEmpty: string): string {
  const filters = FACET_NAMES.filter((name) => params[name].length > 0).map((name) => `${name}: ${params[name].join(", ")}`);
  const query = params.q.trim() || whenEmpty;
  return filters.length ? `${query} (${filters.join("; ")})` : query;
}
