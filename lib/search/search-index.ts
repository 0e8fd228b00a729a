// The in-memory search index of the library: FlexSearch indexes per text field, the
// normalised text for phrase checks, a vocabulary, and per-document facet values in
// flat typed arrays (counting facets over many hits then allocates nothing per hit).

import { Index } from "flexsearch";
import type { SearchDocument } from "./documents";
import { tokenize } from "./tokenize";
import { Vocabulary } from "./vocabulary";

/** Values of one facet: a dense id per distinct value, and each document's value ids. */
export class FacetColumn {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Document d's value ids are list[start[d] .. start[d+1]). */
  readonly start: Int32Array;
  readonly list: Int32Array;

  constructor(perDocument: string[][]) {
    this.start = new Int32Array(perDocument.length + 1);
    const flat: number[] = [];
    perDocument.forEach((values, d) => {
      for (const v of new Set(values)) flat.push(this.idOf(v, true)!);
      this.start[d + 1] = flat.length;
    });
    this.list = Int32Array.from(flat);
  }

  idOf(value: string, create = false): number | undefined {
    let id = this.ids.get(value);
    if (id === undefined && create) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

export type FieldName = "title" | "authors" | "abstract";

const encode = (text: string) => text.split(" ").filter(Boolean);

export class SearchIndex {
  readonly size: number;
  readonly text: Record<FieldName, string[]>;
  readonly fields: Record<FieldName, Index>;
  readonly vocabulary: Vocabulary;
  /** Position of each document when sorted newest first (undated last). */
  readonly dateRank: Int32Array;
  readonly byDate: Int32Array;
  private readonly topicLabels: Map<string, string>;
  readonly facets: { year: FacetColumn; author: FacetColumn; category: FacetColumn; topic: FacetColumn; hasId: FacetColumn };

  constructor(readonly docs: SearchDocument[], readonly revision: string) {
    this.size = docs.length;
    const tokens: Record<FieldName, string[][]> = {
      title: docs.map((d) => tokenize(d.title ?? "")),
      authors: docs.map((d) => d.authors.flatMap((a) => tokenize(a.name))),
      abstract: docs.map((d) => tokenize(d.abstract ?? "")),
    };
    this.text = { title: tokens.title.map((t) => t.join(" ")), authors: tokens.authors.map((t) => t.join(" ")), abstract: tokens.abstract.map((t) => t.join(" ")) };
    this.fields = {
      // Short fields index every prefix so "transf" finds "transformers" as you type.
      title: new Index({ tokenize: "forward", encode }),
      authors: new Index({ tokenize: "forward", encode }),
      abstract: new Index({ tokenize: "strict", encode }),
    };
    for (const field of ["title", "authors", "abstract"] as const) {
      this.text[field].forEach((t, d) => t && this.fields[field].add(d, t));
    }
    this.vocabulary = Vocabulary.fromDocuments(docs.map((_, d) => [...tokens.title[d]!, ...tokens.authors[d]!, ...tokens.abstract[d]!]));
    this.byDate = Int32Array.from(docs.map((_, d) => d)).sort((a, b) => compareNewestFirst(docs[a]!, docs[b]!, a, b));
    this.dateRank = new Int32Array(this.size);
    this.byDate.forEach((d, rank) => (this.dateRank[d] = rank));
    this.topicLabels = new Map(docs.flatMap((d) => d.topics.map((t) => [t.slug, t.label] as const)));
    this.facets = {
      year: new FacetColumn(docs.map((d) => (d.publishedAt ? [d.publishedAt.slice(0, 4)] : []))),
      author: new FacetColumn(docs.map((d) => d.authors.map((a) => a.name))),
      category: new FacetColumn(docs.map((d) => d.categories)),
      topic: new FacetColumn(docs.map((d) => d.topics.map((t) => t.slug))),
      hasId: new FacetColumn(docs.map((d) => [d.arxivId ? "yes" : "no"])),
    };
  }

  /** Display label of a topic slug (facet values are slugs). */
  topicLabel(slug: string): string {
    return this.topicLabels.get(slug) ?? slug;
  }

  /** Documents whose `field` holds `term` (or, for title and authors, a word starting with it). */
  lookup(field: FieldName, term: string): number[] {
    return this.fields[field].search(term, { limit: this.size || 1 }) as number[];
  }
}

function compareNewestFirst(a: SearchDocument, b: SearchDocument, ia: number, ib: number): number {
  if (a.publishedAt !== b.publishedAt) {
    if (!a.publishedAt) return 1;
    if (!b.publishedAt) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return ib - ia; // later imports first among equals
}
