import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FacetColumn } from "./facet-column";
import { walkTopValues } from "./facet-walk";

/** A column of `documents` documents whose values are drawn skewed (low ids common), and a set of documents. */
const columnAndSet = fc
  .record({
    documents: fc.integer({ min: 1, max: 300 }),
    values: fc.integer({ min: 1, max: 60 }),
    seed: fc.integer(),
    inSet: fc.double({ min: 0, max: 1, noNaN: true }),
    k: fc.integer({ min: 1, max: 30 }),
  })
  .map(({ documents, values, seed, inSet, k }) => {
    let x = seed >>> 0;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const perDocument = Array.from({ length: documents }, () => Array.from({ length: Math.floor(next() * 4) }, () => `v${Math.floor(values * next() ** 2)}`));
    const members = Array.from({ length: documents }, () => next() < inSet);
    return { column: FacetColumn.build(perDocument), members, k };
  });

describe("walking a facet's values from the most common", () => {
  it("finds the same top values with the same exact counts as counting every document", () => {
    fc.assert(
      fc.property(columnAndSet, ({ column, members, k }) => {
        const rank = Int32Array.from(column.values.map((_, id) => id)); // collation order stand-in: by id
        const bits = new Uint32Array(Math.ceil(members.length / 32) + 1);
        members.forEach((m, d) => m && (bits[d >>> 5]! |= 1 << (d & 31)));
        const counts = new Int32Array(column.values.length);
        const top = walkTopValues(column, rank, bits, k, counts, []);
        const full = new Int32Array(column.values.length);
        members.forEach((m, d) => m && column.valuesOf(d).forEach((v) => full[column.idOf(v)!]!++));
        const expected = column.values.map((_, id) => id).filter((id) => full[id]! > 0).sort((a, b) => full[b]! - full[a]! || a - b).slice(0, k);
        expect(top).toEqual(expected);
        for (const id of top) expect(counts[id]).toBe(full[id]);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps walking while a value could still tie the k-th and win on collation order", () => {
    // C is on five documents, three of them in the set; A on exactly those three, and A sorts first.
    const column = FacetColumn.build([["C"], ["C"], ["C", "A"], ["C", "A"], ["C", "A"]]);
    const rank = Int32Array.of(1, 0); // ids: C = 0, A = 1; A comes first in collation order
    const bits = Uint32Array.of(0b11100);
    const counts = new Int32Array(2);
    expect(walkTopValues(column, rank, bits, 1, counts, [])).toEqual([1]);
    expect([...counts]).toEqual([3, 3]);
  });
});
