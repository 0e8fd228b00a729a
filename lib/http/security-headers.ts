// The security headers on every response (proxy.ts sets them): a Content-Security-Policy
// under which only scripts carrying this request's nonce run, plus framing, MIME-sniffing,
// referrer and browser-feature policies. Plain functions, so the policy is unit-tested.

export type SecurityHeaderOptions = {
  /** Fresh per request; Next reads it back from the request's CSP and puts it on its scripts. */
  nonce: string;
  /** Next's dev server needs eval for its error overlay; production never does. */
  dev?: boolean;
  /** Over https the browser is told to stay on https (HSTS, upgrade-insecure-requests). */
  https?: boolean;
};

/** 16 random bytes, base64: unguessable, and valid in a CSP nonce-source. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, dev = false, https = false }: SecurityHeaderOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': the chunks Next's nonce-carrying scripts load are trusted too, so
    // no host list and no 'unsafe-inline'; injected markup without the nonce never runs.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // KaTeX positions glyphs with style attributes, which no nonce can cover. A style
    // cannot run code; the cost is accepted for formulas.
    ["style-src", "'self'", "'unsafe-inline'"],
    // data: is the inline SVG icon (app/layout.tsx).
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    // Only over https: on plain http (localhost, a LAN) it would send every asset to a port nobody serves.
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Every security header for one response, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    // Links out (arXiv) learn the site, never the search in the URL.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
