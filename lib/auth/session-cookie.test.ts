import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, sessionCookieHeader, signSession, verifySession } from "./session-cookie";

const TOKEN = "e2e-secret-token";
const now = new Date("2026-01-01T00:00:00Z");
const inAMonth = new Date("2026-01-31T00:00:00Z");

describe("the import session cookie", () => {
  it("a cookie signed with the token is accepted until it expires", () => {
    const value = signSession(TOKEN, inAMonth);
    expect(verifySession(value, TOKEN, now)).toBe(true);
    expect(verifySession(value, TOKEN, new Date("2026-01-30T23:59:00Z"))).toBe(true);
  });

  it("an expired cookie is refused", () => {
    const value = signSession(TOKEN, inAMonth);
    expect(verifySession(value, TOKEN, new Date("2026-01-31T00:00:01Z"))).toBe(false);
  });

  it("a tampered cookie is refused: a later expiry, a changed signature, garbage", () => {
    const value = signSession(TOKEN, inAMonth);
    const [expires, sig] = value.split(".") as [string, string];
    expect(verifySession(`${Number(expires) + 86_400 * 365}.${sig}`, TOKEN, now)).toBe(false);
    const flipped = sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A");
    expect(verifySession(`${expires}.${flipped}`, TOKEN, now)).toBe(false);
    for (const bad of ["", ".", expires, `${expires}.`, "abc.def", `${expires}.${sig}.x`, undefined]) {
      expect(verifySession(bad, TOKEN, now), String(bad)).toBe(false);
    }
  });

  it("a cookie signed with another token is refused, so changing IMPORT_TOKEN signs everyone out", () => {
    expect(verifySession(signSession("old-token", inAMonth), TOKEN, now)).toBe(false);
  });

  it("the Set-Cookie header is httpOnly, SameSite=Strict, lasts 30 days, and is Secure over https only", () => {
    const plain = sessionCookieHeader(TOKEN, { secure: false, now });
    expect(plain).toMatch(new RegExp(`^${SESSION_COOKIE}=\\d+\\.[\\w-]+; Path=/; Max-Age=2592000; HttpOnly; SameSite=Strict$`));
    expect(sessionCookieHeader(TOKEN, { secure: true, now })).toMatch(/; Secure$/);
    const value = plain.split(";")[0]!.split("=")[1];
    expect(verifySession(value, TOKEN, new Date("2026-01-30T00:00:00Z"))).toBe(true);
    expect(verifySession(value, TOKEN, new Date("2026-02-01T00:00:00Z"))).toBe(false);
  });
});
