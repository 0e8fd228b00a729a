// GET /api/authors/<slug>[?year=&topic=&position=]: the author page's data as JSON
// (papers filtered like the page; years, coauthors and topics over all their papers).
import { authorJson } from "@/lib/authors/author-json";
import { parseAuthorFilters } from "@/lib/authors/filters";
import { getAuthorProfile } from "@/lib/authors/queries";
import { authorParamsSchema } from "@/lib/authors/route-params";
import { errorResponse, NotFoundError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = authorParamsSchema.parse(await context.params);
    const filters = parseAuthorFilters(new URL(request.url).searchParams);
    const profile = await getAuthorProfile(slug, filters);
    if (!profile) throw new NotFoundError(`no author ${slug}`);
    return Response.json(authorJson(profile));
  } catch (error) {
    return errorResponse(error);
  }
}
