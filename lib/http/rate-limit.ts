// A sliding-window rate limiter held in memory: at most `limit` hits per key in any
// `windowMs`. A refused hit is not counted, and learns when the oldest counted hit
// leaves the window. The clock is injected so tests move time without sleeping.

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimiterOptions = {
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Bounds memory when many keys appear (forged or not): the least recently seen go first. */
  maxKeys?: number;
};

export type RateLimiter = { hit(key: string): RateDecision };

export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 10_000 }: RateLimiterOptions): RateLimiter {
  // Per key, the times of its counted hits, oldest first; Map order is least recently seen first.
  const hits = new Map<string, number[]>();

  const recent = (times: number[], at: number) => times.filter((t) => t > at - windowMs);

  function makeRoom(at: number): void {
    for (const [key, times] of hits) if (recent(times, at).length === 0) hits.delete(key);
    for (const key of hits.keys()) {
      if (hits.size < maxKeys) break;
      hits.delete(key);
    }
  }

  return {
    hit(key) {
      const at = now();
      const times = recent(hits.get(key) ?? [], at);
      hits.delete(key);
      if (times.length >= limit) {
        hits.set(key, times);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + windowMs - at) / 1000)) };
      }
      if (hits.size >= maxKeys) makeRoom(at);
      times.push(at);
      hits.set(key, times);
      return { allowed: true, remaining: limit - times.length };
    },
  };
}
