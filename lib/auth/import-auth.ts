// Who may write to the library: a request carrying IMPORT_TOKEN as a Bearer token, or the
// signed session cookie from a same-site page. Reading needs nothing; writing fails with
// an ImportAuthError whose kind lib/http/errors.ts turns into 401 or 403.
import { sameSecret } from "./same-secret";
import { SESSION_COOKIE, verifySession } from "./session-cookie";
import { isCrossSite } from "./request-origin";

export type ImportAuthErrorKind = "disabled" | "missing" | "wrong" | "expired" | "cross-site";

export class ImportAuthError extends Error {
  constructor(
    readonly kind: ImportAuthErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ImportAuthError";
  }
}

export const IMPORT_DISABLED_MESSAGE =
  "importing from the browser is off: set IMPORT_TOKEN and restart the server (the CLI, npm run import -- FILE, keeps working)";

/** The configured token, or the "disabled" error when there is none. */
export function requireConfiguredToken(token: string | undefined): string {
  if (!token) throw new ImportAuthError("disabled", IMPORT_DISABLED_MESSAGE);
  return token;
}

/** A presented token (the sign-in form, a Bearer header) checked against the configured one. */
export function checkToken(presented: string, token: string | undefined): void {
  const expected = requireConfiguredToken(token);
  if (!sameSecret(presented, expected)) throw new ImportAuthError("wrong", "the import token is wrong");
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Returns when the request may import or undo; throws an ImportAuthError otherwise. */
export function authorizeImport(request: Request, token: string | undefined): void {
  const expected = requireConfiguredToken(token);
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    // An explicit credential is judged alone, and is not a browser's ambient one: no origin check.
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!bearer) throw new ImportAuthError("missing", "the Authorization header must be \"Bearer <IMPORT_TOKEN>\"");
    checkToken(bearer, expected);
    return;
  }
  const cookie = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
  if (cookie === undefined) {
    throw new ImportAuthError("missing", "importing needs the import token: sign in on /import, or send Authorization: Bearer <IMPORT_TOKEN>");
  }
  if (isCrossSite(request)) throw new ImportAuthError("cross-site", "refused: this request comes from another site");
  if (!verifySession(cookie, expected)) throw new ImportAuthError("expired", "your import session has expired or is invalid: sign in again on /import");
}
