// The values of one facet: a dense id per distinct value, and each document's value ids
// in flat typed arrays, so counting a facet over many hits allocates nothing per hit.

export class FacetColumn {
  private readonly ids: Map<string, number>;

  /** Document d's value ids are list[start[d] .. start[d+1]), in the document's own order. */
  constructor(readonly values: string[], readonly start: Int32Array, readonly list: Int32Array) {
    this.ids = new Map(values.map((v, id) => [v, id]));
  }

  static build(perDocument: string[][]): FacetColumn {
    const values: string[] = [];
    const ids = new Map<string, number>();
    const start = new Int32Array(perDocument.length + 1);
    const flat: number[] = [];
    perDocument.forEach((docValues, d) => {
      for (const v of new Set(docValues)) {
        let id = ids.get(v);
        if (id === undefined) ids.set(v, (id = values.push(v) - 1));
        flat.push(id);
      }
      start[d + 1] = flat.length;
    });
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
}
