// POST /api/import/session/sign-out: ends the import session (the cookie is cleared);
// a form post is sent back to /import, an API call gets 204. Another site may not sign
// a visitor out (403), as it may not sign one in.
import { ImportAuthError } from "@/lib/auth/import-auth";
import { isCrossSite, isHttps } from "@/lib/auth/request-origin";
import { clearedSessionCookieHeader } from "@/lib/auth/session-cookie";
import { errorResponse } from "@/lib/http/errors";
import { isFormPost, seeOther } from "@/lib/http/form-post";

export const dynamic = "force-dynamic";

export function POST(request: Request): Response {
  if (isCrossSite(request)) return errorResponse(new ImportAuthError("cross-site", "refused: this request comes from another site"));
  const headers = { "Set-Cookie": clearedSessionCookieHeader({ secure: isHttps(request) }) };
  return isFormPost(request) ? seeOther("/import", headers) : new Response(null, { status: 204, headers });
}
