// The import session cookie: "<expiry in epoch seconds>.<HMAC-SHA256 signature>", signed
// with a key derived from IMPORT_TOKEN, so changing the token signs everyone out.
import { createHmac, hkdfSync } from "node:crypto";
import { sameSecret } from "./same-secret";

export const SESSION_COOKIE = "abstracta_import";
export const SESSION_DAYS = 30;

const signingKey = (token: string) => Buffer.from(hkdfSync("sha256", token, "abstracta", "import-session-cookie v1", 32));

const signature = (token: string, expires: number) =>
  createHmac("sha256", signingKey(token)).update(`import-session.v1.${expires}`).digest("base64url");

/** A cookie value that stays valid until `expiresAt`. */
export function signSession(token: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${expires}.${signature(token, expires)}`;
}

/** True for a value this token signed that has not expired; false for anything else. */
export function verifySession(value: string | undefined, token: string, now = new Date()): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{1,100})$/.exec(value ?? "");
  if (!match) return false;
  const expires = Number(match[1]);
  // Check the signature before the date, so a forged and an expired value cost the same.
  const signed = sameSecret(match[2]!, signature(token, expires));
  return signed && expires * 1000 > now.getTime();
}

export type SessionCookieOptions = { secure: boolean; now?: Date };

/** The Set-Cookie header that starts a session. */
export function sessionCookieHeader(token: string, { secure, now = new Date() }: SessionCookieOptions): string {
  const maxAge = SESSION_DAYS * 24 * 60 * 60;
  const value = signSession(token, new Date(now.getTime() + maxAge * 1000));
  return [`${SESSION_COOKIE}=${value}`, "Path=/", `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The Set-Cookie header that ends a session. */
export function clearedSessionCookieHeader({ secure }: { secure: boolean }): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "Max-Age=0", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])].join("; ");
}
