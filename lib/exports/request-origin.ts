// The origin the reader used (behind a proxy, the forwarded one), for absolute URLs in
// exports and feeds: `next start` builds request.url from its bind address, not the Host.

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

export function requestOrigin(request: Request): string {
  const fallback = new URL(request.url);
  const host = first(request.headers.get("x-forwarded-host")) ?? request.headers.get("host");
  const proto = first(request.headers.get("x-forwarded-proto")) ?? fallback.protocol.replace(/:$/, "");
  if (!host || !/^https?$/.test(proto)) return fallback.origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return fallback.origin;
  }
}
