// GET /api/search/export?format=bibtex|csv|json&<search params>: every result of a
// search (not just one page) as a file to download.
import { exportRequestSchema, exportSearch } from "@/lib/exports/formats";
import { requestOrigin } from "@/lib/exports/request-origin";
import { errorResponse } from "@/lib/http/errors";
import { parseSearchRequest, runSearchAll } from "@/lib/search/run-search";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  try {
    const url = new URL(request.url);
    const { format } = exportRequestSchema.parse({ format: url.searchParams.get("format") ?? undefined });
    const params = parseSearchRequest(url.searchParams);
    const file = exportSearch(format, params, runSearchAll(params), requestOrigin(request));
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
