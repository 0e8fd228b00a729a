// GET /api/search: the search page's results and facet counts as JSON.
import { errorResponse } from "@/lib/http/errors";
import { parseSearchRequest, runSearch } from "@/lib/search/run-search";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  try {
    const params = parseSearchRequest(new URL(request.url).searchParams);
    return Response.json(runSearch(params));
  } catch (error) {
    return errorResponse(error);
  }
}
