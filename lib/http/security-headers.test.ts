import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";

/** "a x y; b z" → { a: ["x", "y"], b: ["z"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("the content security policy", () => {
  it("scripts run only with this request's nonce: no 'unsafe-inline', no 'unsafe-eval' in production", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123==" }));
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("the page cannot be framed by any site", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n" }))["frame-ancestors"]).toEqual(["'none'"]);
    expect(securityHeaders({ nonce: "n" })["X-Frame-Options"]).toBe("DENY");
  });

  it("styles may be inline (KaTeX's style attributes); that allowance never reaches scripts", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "n" }));
    expect(csp["style-src"]).toContain("'unsafe-inline'");
    // A nonce next to 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    expect(csp["style-src"]!.some((v) => v.startsWith("'nonce-"))).toBe(false);
  });

  it("the dev server gets 'unsafe-eval' for its overlay, and nothing else changes", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true }));
    const prod = directives(contentSecurityPolicy({ nonce: "n" }));
    expect(dev["script-src"]).toEqual([...prod["script-src"]!, "'unsafe-eval'"]);
    expect({ ...dev, "script-src": [] }).toEqual({ ...prod, "script-src": [] });
  });

  it("only over https does the browser get told to upgrade requests and remember https", () => {
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("upgrade-insecure-requests");
    expect(securityHeaders({ nonce: "n" })).not.toHaveProperty("Strict-Transport-Security");
    expect(directives(contentSecurityPolicy({ nonce: "n", https: true }))).toHaveProperty("upgrade-insecure-requests");
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("securityHeaders", () => {
  it("sets nosniff, a referrer policy, a permissions policy and the CSP", () => {
    const headers = securityHeaders({ nonce: "n" });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
      "Content-Security-Policy": contentSecurityPolicy({ nonce: "n" }),
    });
  });
});

describe("newNonce", () => {
  it("is 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
