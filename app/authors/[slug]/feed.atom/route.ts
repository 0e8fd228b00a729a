// GET /authors/<slug>/feed.atom: the author's papers, newest first, as an Atom feed.
import { authorFeed } from "@/lib/authors/author-feed";
import { getAuthorProfile } from "@/lib/authors/queries";
import { authorParamsSchema } from "@/lib/authors/route-params";
import { errorResponse, NotFoundError } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The origin the client asked for: under a dynamic segment Next rebuilds request.url
 * with its own hostname ("localhost"), so the Host header is the reliable source. */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return host ? `${proto}://${host}` : url.origin;
}

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = authorParamsSchema.parse(await context.params);
    const profile = await getAuthorProfile(slug);
    if (!profile) throw new NotFoundError(`no author ${slug}`);
    const xml = authorFeed(profile, requestOrigin(request), new Date());
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (error) {
    return errorResponse(error);
  }
}
