import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

/** A limiter on a clock the test moves by hand. */
function limiterAt(options: { limit: number; windowMs: number; maxKeys?: number }) {
  let time = 1_000_000;
  const limiter = createRateLimiter({ ...options, now: () => time });
  return { limiter, advance: (ms: number) => (time += ms) };
}

const allowed = (decision: { allowed: boolean }) => decision.allowed;

describe("the sliding-window rate limiter", () => {
  it("allows `limit` hits in a window and refuses the next, saying when the oldest leaves", () => {
    const { limiter, advance } = limiterAt({ limit: 10, windowMs: 60_000 });
    for (let i = 0; i < 10; i++) {
      expect(limiter.hit("a")).toEqual({ allowed: true, remaining: 9 - i });
      advance(1_000);
    }
    // The first hit was 10 s ago: it leaves the window in 50 s.
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("the window slides: once the oldest hit is older than the window, one more is allowed", () => {
    const { limiter, advance } = limiterAt({ limit: 2, windowMs: 60_000 });
    limiter.hit("a");
    advance(30_000);
    limiter.hit("a");
    advance(29_999);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1);
    expect(limiter.hit("a")).toEqual({ allowed: true, remaining: 0 });
    // Now the hit at 30 s is the oldest: 30 s to go.
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("Retry-After rounds up to whole seconds and is never 0", () => {
    const { limiter, advance } = limiterAt({ limit: 1, windowMs: 60_000 });
    limiter.hit("a");
    advance(58_500);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    advance(1_499);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("refused hits are not counted, so hammering does not push the wait further out", () => {
    const { limiter, advance } = limiterAt({ limit: 1, windowMs: 60_000 });
    limiter.hit("a");
    for (let i = 0; i < 59; i++) {
      advance(1_000);
      expect(allowed(limiter.hit("a"))).toBe(false);
    }
    advance(1_000);
    expect(allowed(limiter.hit("a"))).toBe(true);
  });

  it("each key has its own window", () => {
    const { limiter } = limiterAt({ limit: 1, windowMs: 60_000 });
    expect(allowed(limiter.hit("a"))).toBe(true);
    expect(allowed(limiter.hit("a"))).toBe(false);
    expect(allowed(limiter.hit("b"))).toBe(true);
  });

  it("memory stays bounded: past maxKeys, expired keys go first, then the least recently seen", () => {
    const { limiter, advance } = limiterAt({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit("old");
    advance(61_000);
    limiter.hit("a");
    limiter.hit("b"); // "old" has expired: dropped, "a" kept
    expect(allowed(limiter.hit("a"))).toBe(false);
    limiter.hit("c"); // full of live keys: "b" is the least recently seen ("a" was just refused)
    expect(allowed(limiter.hit("a"))).toBe(false);
    expect(allowed(limiter.hit("c"))).toBe(false);
    expect(allowed(limiter.hit("b"))).toBe(true);
  });
});
