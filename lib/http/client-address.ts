// Whom a request counts against for rate limits. Next.js gives route handlers no socket
// address: `next start` writes it into X-Forwarded-For only when the request brings none,
// so a client that reaches the app directly can put anything there. The header is believed
// only when TRUSTED_PROXY says how many proxies in front of the app append to it.

/** Every client reaching the app directly shares this key: their addresses cannot be known. */
export const DIRECT_CLIENTS = "direct";

/** The client's address as the nearest trusted proxy saw it, or DIRECT_CLIENTS. */
export function clientAddress(request: Request, trustedProxies: number): string {
  if (trustedProxies < 1) return DIRECT_CLIENTS;
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it was called from; anything left of those
  // entries came from the client and may be forged.
  return hops[Math.max(0, hops.length - trustedProxies)] ?? DIRECT_CLIENTS;
}
