// Errors to HTTP answers, in one place: a ZodError is a 400 that names each bad
// parameter, a NotFoundError a 404, the importer's, the import guard's and the rate
// limit's typed errors their 4xx, a busy library 503, anything else a 500 with an id that is logged.

import { randomUUID } from "node:crypto";
import { ZodError } from "zod";
import { ImportAuthError, type ImportAuthErrorKind } from "../auth/import-auth";
import { ImportError } from "../import/types";
import { UndoError } from "../import/undo";
import { LibraryBusyError } from "./server-writes";

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A request body over the limit; the message says how big it was and what the limit is. */
export class PayloadTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}

/** Too many requests from one client; answered 429 with Retry-After in seconds. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

export class UnsupportedMediaTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedMediaTypeError";
  }
}

// No configured token is not the caller's fault to fix with credentials: 403, like a cross-site post.
const AUTH_STATUS: Record<ImportAuthErrorKind, number> = { disabled: 403, "cross-site": 403, missing: 401, wrong: 401, expired: 401 };

function authResponse(error: ImportAuthError): Response {
  const status = AUTH_STATUS[error.kind];
  const headers: HeadersInit = status === 401 ? { "WWW-Authenticate": 'Bearer realm="abstracta-import"' } : {};
  return Response.json({ error: error.message }, { status, headers });
}

/** The HTTP status an error answers with (the import pages use it to word a refusal). */
export function errorStatus(error: unknown): number {
  if (error instanceof ZodError) return 400;
  if (error instanceof ImportAuthError) return AUTH_STATUS[error.kind];
  if (error instanceof NotFoundError) return 404;
  if (error instanceof UndoError) return error.kind === "not-found" ? 404 : 409;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof UnsupportedMediaTypeError) return 415;
  if (error instanceof RateLimitedError) return 429;
  if (error instanceof LibraryBusyError) return 503;
  if (error instanceof ImportError) return 422;
  return 500;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ param: i.path.join(".") || "(request)", message: i.message }));
    return Response.json({ error: issues.map((i) => `${i.param}: ${i.message}`).join("; "), issues }, { status: 400 });
  }
  if (error instanceof ImportAuthError) return authResponse(error);
  if (error instanceof RateLimitedError) {
    return Response.json({ error: error.message, retryAfter: error.retryAfterSeconds }, { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  // Malformed input names its file and line, so the person can find it in the paste.
  if (error instanceof ImportError) return Response.json({ error: error.message, file: error.file, line: error.line }, { status: 422 });
  if (error instanceof LibraryBusyError) {
    return Response.json({ error: error.message, retryAfter: error.retryAfterSeconds }, { status: 503, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  const status = errorStatus(error);
  if (status !== 500) return Response.json({ error: (error as Error).message }, { status });
  const id = randomUUID();
  console.error(`[${id}]`, error);
  return Response.json({ error: `internal error (id ${id})` }, { status: 500 });
}
