// Where a request came from, as far as headers tell: whether a browser sent it from
// another site (a cross-site form or fetch riding on the cookie), and whether it is https.

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/** The host the client addressed: a proxy's X-Forwarded-Host, else Host. */
export function requestHost(request: Request): string | null {
  return firstValue(request.headers.get("x-forwarded-host")) ?? request.headers.get("host") ?? new URL(request.url).host;
}

/** A browser request from another origin: Origin names another host (or is "null"),
 * or, without Origin, Sec-Fetch-Site says it is not same-origin. */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    try {
      return new URL(origin).host !== requestHost(request);
    } catch {
      return true; // "null" (sandboxed frames, file: pages) or garbage
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

export function isHttps(request: Request): boolean {
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  return proto ? proto === "https" : new URL(request.url).protocol === "https:";
}
