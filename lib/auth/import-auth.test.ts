import { describe, expect, it } from "vitest";
import { authorizeImport, checkToken, ImportAuthError, readCookie } from "./import-auth";
import { isCrossSite, isHttps } from "./request-origin";
import { SESSION_COOKIE, signSession } from "./session-cookie";

const TOKEN = "e2e-secret-token";
const validCookie = () => `${SESSION_COOKIE}=${signSession(TOKEN, new Date(Date.now() + 60_000))}`;

function post(headers: Record<string, string>, url = "http://library.test/api/import"): Request {
  return new Request(url, { method: "POST", headers: { host: new URL(url).host, ...headers } });
}

/** The kind of ImportAuthError the request is refused with, or "allowed". */
function outcome(request: Request, configured: { token: string | undefined } = { token: TOKEN }): string {
  try {
    authorizeImport(request, configured.token);
    return "allowed";
  } catch (error) {
    if (error instanceof ImportAuthError) return error.kind;
    throw error;
  }
}

describe("authorizeImport", () => {
  it("the right Bearer token is accepted", () => {
    expect(outcome(post({ authorization: `Bearer ${TOKEN}` }))).toBe("allowed");
  });

  it("a wrong token is refused", () => {
    expect(outcome(post({ authorization: "Bearer not-the-token" }))).toBe("wrong");
    expect(() => checkToken("not-the-token", TOKEN)).toThrow("the import token is wrong");
  });

  it("a request without credentials is refused, and so is a malformed Authorization header", () => {
    expect(outcome(post({}))).toBe("missing");
    expect(outcome(post({ authorization: TOKEN }))).toBe("missing");
  });

  it("a valid session cookie from the same site is accepted", () => {
    expect(outcome(post({ cookie: validCookie() }))).toBe("allowed");
    expect(outcome(post({ cookie: validCookie(), origin: "http://library.test" }))).toBe("allowed");
  });

  it("a tampered or expired cookie is refused", () => {
    const expired = `${SESSION_COOKIE}=${signSession(TOKEN, new Date(Date.now() - 1000))}`;
    expect(outcome(post({ cookie: expired }))).toBe("expired");
    expect(outcome(post({ cookie: `${validCookie()}x` }))).toBe("expired");
  });

  it("a cross-site request carrying the cookie is refused", () => {
    expect(outcome(post({ cookie: validCookie(), origin: "https://evil.example" }))).toBe("cross-site");
    expect(outcome(post({ cookie: validCookie(), origin: "null" }))).toBe("cross-site");
    expect(outcome(post({ cookie: validCookie(), "sec-fetch-site": "cross-site" }))).toBe("cross-site");
  });

  it("without a configured token nothing is allowed, not even an empty Bearer", () => {
    expect(outcome(post({ authorization: `Bearer ${TOKEN}` }), { token: undefined })).toBe("disabled");
    expect(outcome(post({ authorization: "Bearer " }), { token: "" })).toBe("disabled");
  });
});

describe("request origin", () => {
  it("an Origin naming the request's host is same-site, behind a proxy too", () => {
    expect(isCrossSite(post({ origin: "http://library.test" }))).toBe(false);
    expect(isCrossSite(post({ origin: "https://papers.example.org", "x-forwarded-host": "papers.example.org" }))).toBe(false);
    expect(isCrossSite(post({ origin: "http://library.test:8080" }))).toBe(true);
  });

  it("https is read from the URL or the proxy's X-Forwarded-Proto", () => {
    expect(isHttps(post({}))).toBe(false);
    expect(isHttps(post({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(post({}, "https://library.test/api/import"))).toBe(true);
  });

  it("readCookie finds one cookie among several", () => {
    expect(readCookie("a=1; abstracta_import=v.s; b=2", SESSION_COOKIE)).toBe("v.s");
    expect(readCookie("a=1", SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(null, SESSION_COOKIE)).toBeUndefined();
  });
});
