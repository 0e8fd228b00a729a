// The Atom feed of a search: its newest papers, newest first whatever the page's sort,
// because a feed reader shows entries in time order.

import type { SearchDocument } from "../search/documents";
import type { SearchParams } from "../search/params";
import { atomFeed } from "./atom";
import { describeSearch, searchFeedLinks } from "./links";

export const FEED_SIZE = 50;

/** The search as the feed runs it: newest first, paging ignored. */
export function feedSearchParams(params: SearchParams): SearchParams {
  return { ...params, sort: "newest", page: 1 };
}

/** `papers` are the search's results in newest-first order; the feed keeps the first FEED_SIZE. */
export function searchFeed(params: SearchParams, papers: SearchDocument[], origin: string, now: Date): string {
  return atomFeed({
    title: `Abstracta: ${describeSearch(params, "all papers")}`,
    ...searchFeedLinks(origin, params),
    origin,
    papers: papers.slice(0, FEED_SIZE),
    now,
  });
}
