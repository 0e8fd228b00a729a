// POST /api/import/session/sign-out: ends the import session (the cookie is cleared);
// a form post is sent back to /import, an API call gets 204.
import { isHttps } from "@/lib/auth/request-origin";
import { clearedSessionCookieHeader } from "@/lib/auth/session-cookie";
import { isFormPost, seeOther } from "@/lib/http/form-post";

export const dynamic = "force-dynamic";

export function POST(request: Request): Response {
  const headers = { "Set-Cookie": clearedSessionCookieHeader({ secure: isHttps(request) }) };
  return isFormPost(request) ? seeOther("/import", headers) : new Response(null, { status: 204, headers });
}
