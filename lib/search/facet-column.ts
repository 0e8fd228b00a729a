// The values of one facet: a dense id per distinct value, each document's value ids in
// flat typed arrays (counting a facet over many hits allocates nothing per hit), and, built
// on first use, each value's documents (a filter on a value then visits only its documents).

import { every, runSteps, type Steps } from "./steps";

export class FacetColumn {
  private readonly ids: Map<string, number>;
  private inverted: { start: Int32Array; docs: Int32Array } | null = null;
  private singles: Int32Array | null | undefined;

  /** Document d's value ids are list[start[d] .. start[d+1]), in the document's own order. */
  constructor(readonly values: string[], readonly start: Int32Array, readonly list: Int32Array) {
    this.ids = new Map(values.map((v, id) => [v, id]));
  }

  static build(perDocument: string[][]): FacetColumn {
    return runSteps(FacetColumn.buildSteps(perDocument.length, (d) => perDocument[d]!));
  }

  /** The column of `documents` documents, document d having valuesOf(d); yields now and then. */
  static *buildSteps(documents: number, valuesOf: (d: number) => string[]): Steps<FacetColumn> {
    const pause = every(5000);
    const values: string[] = [];
    const ids = new Map<string, number>();
    const start = new Int32Array(documents + 1);
    const flat: number[] = [];
    for (let d = 0; d < documents; d++) {
      for (const v of new Set(valuesOf(d))) {
        let id = ids.get(v);
        if (id === undefined) ids.set(v, (id = values.push(v) - 1));
        flat.push(id);
      }
      start[d + 1] = flat.length;
      if (pause()) yield;
    }
    return new FacetColumn(values, start, Int32Array.from(flat));
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Document d's values. */
  valuesOf(d: number): string[] {
    const out: string[] = [];
    for (let i = this.start[d]!; i < this.start[d + 1]!; i++) out.push(this.values[this.list[i]!]!);
    return out;
  }

  /** Each document's one value id (-1: none) when no document has two, else null: one read per document to count. */
  get single(): Int32Array | null {
    if (this.singles === undefined) {
      const documents = this.start.length - 1;
      let single: Int32Array | null = new Int32Array(documents).fill(-1);
      for (let d = 0; d < documents && single; d++) {
        const n = this.start[d + 1]! - this.start[d]!;
        if (n > 1) single = null;
        else if (n === 1) single[d] = this.list[this.start[d]!]!;
      }
      this.singles = single;
    }
    return this.singles;
  }

  /** The documents (ascending) that have value `id`. */
  docsWith(id: number): Int32Array {
    if (!this.inverted) {
      const documents = this.start.length - 1;
      const start = new Int32Array(this.values.length + 1);
      for (let i = 0; i < this.list.length; i++) start[this.list[i]! + 1]!++;
      for (let v = 0; v < this.values.length; v++) start[v + 1]! += start[v]!;
      const cursor = start.slice(0, this.values.length);
      const docs = new Int32Array(this.list.length);
      for (let d = 0; d < documents; d++) for (let i = this.start[d]!; i < this.start[d + 1]!; i++) docs[cursor[this.list[i]!]!++] = d;
      this.inverted = { start, docs };
    }
    return this.inverted.docs.subarray(this.inverted.start[id]!, this.inverted.start[id + 1]!);
  }
}
