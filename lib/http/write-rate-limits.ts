// The rate limits on the write endpoints, per client (lib/http/client-address.ts) and per
// minute: importing, undoing and signing in (a token-guessing target) IMPORT_RATE_LIMIT
// each; previews, which the import page sends as someone edits a paste, several times that.
import { env } from "../env";
import { clientAddress } from "./client-address";
import { RateLimitedError } from "./errors";
import { createRateLimiter, type RateLimiter } from "./rate-limit";

export type WriteAction = "import" | "preview" | "undo" | "sign-in";

const WINDOW_MS = 60_000;
const PREVIEWS_PER_IMPORT = 6;

const NOUNS: Record<WriteAction, string> = { import: "imports", preview: "previews", undo: "undos", "sign-in": "sign-in attempts" };

export function writeLimit(action: WriteAction, perMinute = env.IMPORT_RATE_LIMIT): number {
  return action === "preview" ? perMinute * PREVIEWS_PER_IMPORT : perMinute;
}

// In memory, one set per server process; globalThis keeps it across dev-server reloads.
const globalForLimits = globalThis as typeof globalThis & { abstractaWriteLimiters?: Map<WriteAction, RateLimiter> };

function limiter(action: WriteAction): RateLimiter {
  const limiters = (globalForLimits.abstractaWriteLimiters ??= new Map());
  let found = limiters.get(action);
  if (!found) limiters.set(action, (found = createRateLimiter({ limit: writeLimit(action), windowMs: WINDOW_MS })));
  return found;
}

/** "too many sign-in attempts: at most 10 a minute; try again in 42 seconds" */
export function rateLimitMessage(action: WriteAction, limit: number, retryAfterSeconds: number): string {
  const wait = retryAfterSeconds === 1 ? "1 second" : `${retryAfterSeconds} seconds`;
  return `too many ${NOUNS[action]}: at most ${limit} a minute; try again in ${wait}`;
}

/** Counts this request against its client's window; throws RateLimitedError (429) when it is full. */
export function checkWriteRate(request: Request, action: WriteAction): void {
  const decision = limiter(action).hit(clientAddress(request, env.TRUSTED_PROXY));
  if (!decision.allowed) {
    throw new RateLimitedError(rateLimitMessage(action, writeLimit(action), decision.retryAfterSeconds), decision.retryAfterSeconds);
  }
}
