// GET /api/authors/<slug>[?year=&topic=&position=]: the author page's data as JSON
// (papers filtered like the page; years, coauthors and topics over all their papers).
import { z } from "zod";
import { authorJson } from "@/lib/authors/author-json";
import { parseAuthorFilters } from "@/lib/authors/filters";
import { getAuthorProfile } from "@/lib/authors/queries";
import { errorResponse, NotFoundError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ slug: z.string().min(1).max(300) });

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = paramsSchema.parse(await context.params);
    const filters = parseAuthorFilters(new URL(request.url).searchParams);
    const profile = await getAuthorProfile(slug, filters);
    if (!profile) throw new NotFoundError(`no author ${slug}`);
    return Response.json(authorJson(profile));
  } catch (error) {
    return errorResponse(error);
  }
}
