// GET /feed.atom?<search params>: any search as an Atom feed of its newest 50 papers.
import { requestOrigin } from "@/lib/exports/request-origin";
import { feedSearchParams, searchFeed } from "@/lib/exports/search-feed";
import { errorResponse } from "@/lib/http/errors";
import { parseSearchRequest, runSearchAll } from "@/lib/search/run-search";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  try {
    const url = new URL(request.url);
    const params = feedSearchParams(parseSearchRequest(url.searchParams));
    const xml = searchFeed(params, runSearchAll(params), requestOrigin(request), new Date());
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (error) {
    return errorResponse(error);
  }
}
