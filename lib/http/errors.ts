// Errors to HTTP answers, in one place: a ZodError is a 400 that names each bad
// parameter, a NotFoundError a 404, anything else a 500 with an id that is logged.

import { randomUUID } from "node:crypto";
import { ZodError } from "zod";

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    const issues = error.issues.map((i) => ({ param: i.path.join(".") || "(request)", message: i.message }));
    return Response.json({ error: issues.map((i) => `${i.param}: ${i.message}`).join("; "), issues }, { status: 400 });
  }
  if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
  const id = randomUUID();
  console.error(`[${id}]`, error);
  return Response.json({ error: `internal error (id ${id})` }, { status: 500 });
}
