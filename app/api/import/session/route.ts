// POST /api/import/session { token } (JSON or a form): checks the import token and starts
// a 30-day signed session cookie. A form post is answered with a redirect to /import.
// Rate-limited per client before anything else: this is where a token would be guessed.
import { z, ZodError } from "zod";
import { checkToken, ImportAuthError, requireConfiguredToken } from "@/lib/auth/import-auth";
import { isCrossSite, isHttps } from "@/lib/auth/request-origin";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { errorResponse, RateLimitedError } from "@/lib/http/errors";
import { isFormPost, seeOther } from "@/lib/http/form-post";
import { checkWriteRate } from "@/lib/http/write-rate-limits";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ token: z.string().max(1000).optional() });

/** The presented token; none at all is a 401 like a wrong one, not a malformed request. */
async function readToken(request: Request): Promise<string> {
  const body = isFormPost(request) ? Object.fromEntries(await request.formData()) : await request.json().catch(() => ({}));
  const { token } = bodySchema.parse(body);
  if (!token) throw new ImportAuthError("missing", "enter the import token");
  return token;
}

export async function POST(request: Request): Promise<Response> {
  try {
    checkWriteRate(request, "sign-in");
    // A cross-site form could otherwise sign a visitor in to the attacker's library.
    if (isCrossSite(request)) throw new ImportAuthError("cross-site", "refused: this request comes from another site");
    const token = requireConfiguredToken(env.IMPORT_TOKEN);
    checkToken(await readToken(request), token);
    const cookie = sessionCookieHeader(token, { secure: isHttps(request) });
    if (isFormPost(request)) return seeOther("/import", { "Set-Cookie": cookie });
    return Response.json({ signedIn: true }, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    // The form's page words the refusal (app/import/page.tsx reads ?refused=).
    if (isFormPost(request) && error instanceof ImportAuthError) return seeOther(`/import?refused=${error.kind}`);
    if (isFormPost(request) && error instanceof ZodError) return seeOther("/import?refused=missing");
    if (isFormPost(request) && error instanceof RateLimitedError) return seeOther("/import?refused=rate-limited");
    return errorResponse(error);
  }
}
