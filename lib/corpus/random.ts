// A seeded PRNG for the synthetic corpus: same seed, same library, byte for byte.
// Each part of the generator forks its own stream by name, so changing how titles are
// drawn does not shift the authors or dates of every paper after it.

/** FNV-1a over a string: turns stream names into seeds. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream named `label`, derived from this stream's seed only. */
  fork(label: string): Random {
    return new Random(hashString(`${this.seed}:${label}`));
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An item drawn with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

/**
 * Draws ranks 0..size-1 with weight (rank + offset)^-exponent: a few ranks very often,
 * most rarely (Zipf–Mandelbrot). Binary search over cumulative weights.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(readonly size: number, exponent: number, offset = 1) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) {
      sum += (r + offset) ** -exponent;
      this.cumulative[r] = sum;
    }
  }

  sample(random: Random): number {
    const x = random.next() * this.cumulative[this.size - 1]!;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
