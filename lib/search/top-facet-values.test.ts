import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mostCounted } from "./top-facet-values";

const countsAndRank = fc
  .record({ values: fc.integer({ min: 1, max: 400 }), seed: fc.integer(), zeros: fc.double({ min: 0, max: 1, noNaN: true }), k: fc.integer({ min: 1, max: 30 }) })
  .map(({ values, seed, zeros, k }) => {
    let x = seed >>> 0;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const counts = Int32Array.from({ length: values }, () => (next() < zeros ? 0 : 1 + Math.floor(4 * next() ** 3))); // many ties
    const rank = Int32Array.from({ length: values }, (_, i) => i).sort(() => next() - 0.5);
    return { counts, rank, k };
  });

describe("picking a facet's most frequent values", () => {
  it("gives the k highest counts, ties in collation order, from all counters or from the touched ones", () => {
    fc.assert(
      fc.property(countsAndRank, ({ counts, rank, k }) => {
        const ids = [...counts.keys()].filter((id) => counts[id]! > 0);
        const expected = [...ids].sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!).slice(0, k);
        expect(mostCounted(counts, rank, k)).toEqual(expected);
        expect(mostCounted(counts, rank, k, [...ids].reverse())).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
