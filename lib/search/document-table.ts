// What a result shows of each document (permalink key, title, authors, date, categories,
// topics), by dense document number, in flat arrays and shared value tables. Abstracts
// stay in the database unless asked to be kept: only a page of results needs them.

import type { AuthorRef, SearchDocument, TopicRef } from "./documents";
import type { FacetColumn } from "./facet-column";
import { every, type Steps } from "./steps";

/** Abstracts of some documents (by document number and paper id): from memory, or read from the library. */
export interface AbstractSource {
  abstractsOf(docs: number[], paperIds: number[]): (string | null)[];
}

export class MemoryAbstracts implements AbstractSource {
  constructor(readonly abstracts: (string | null)[]) {}
  abstractsOf(docs: number[]): (string | null)[] {
    return docs.map((d) => this.abstracts[d] ?? null);
  }
}

export type DocumentColumns = {
  paperIds: Int32Array;
  /** The permalink key (the arXiv ID when known, else the slug). */
  keys: string[];
  slugs: string[];
  arxivIds: (string | null)[];
  titles: (string | null)[];
  publishedAt: (string | null)[];
  authorsTruncated: Uint8Array;
  /** Distinct authors; document d's are authorRefs[authorList[authorStart[d] .. authorStart[d+1])], in order. */
  authorRefs: AuthorRef[];
  authorStart: Int32Array;
  authorList: Int32Array;
  topicLabels: Record<string, string>;
};

export class DocumentTable {
  constructor(
    readonly columns: DocumentColumns,
    /** Categories and topics (slugs) are read from their facet columns. */
    private readonly categories: FacetColumn,
    private readonly topics: FacetColumn,
    private readonly abstracts: AbstractSource,
  ) {}

  key(d: number): string {
    return this.columns.keys[d]!;
  }

  authors(d: number): AuthorRef[] {
    const { authorRefs, authorStart, authorList } = this.columns;
    const out: AuthorRef[] = [];
    for (let i = authorStart[d]!; i < authorStart[d + 1]!; i++) out.push(authorRefs[authorList[i]!]!);
    return out;
  }

  categoriesOf(d: number): string[] {
    return this.categories.valuesOf(d);
  }

  topicsOf(d: number): TopicRef[] {
    return this.topics.valuesOf(d).map((slug) => ({ slug, label: this.topicLabel(slug) }));
  }

  topicLabel(slug: string): string {
    return this.columns.topicLabels[slug] ?? slug;
  }

  /** The abstracts of documents `docs`. */
  abstractsOf(docs: number[]): (string | null)[] {
    return this.abstracts.abstractsOf(docs, docs.map((d) => this.columns.paperIds[d]!));
  }

  /** Whole documents (abstracts included), for exports and feeds. */
  documents(docs: number[]): SearchDocument[] {
    const abstracts = this.abstractsOf(docs);
    const c = this.columns;
    return docs.map((d, i) => ({
      id: c.paperIds[d]!,
      key: this.key(d),
      slug: c.slugs[d]!,
      arxivId: c.arxivIds[d]!,
      title: c.titles[d]!,
      abstract: abstracts[i]!,
      publishedAt: c.publishedAt[d]!,
      authors: this.authors(d),
      authorsTruncated: c.authorsTruncated[d] === 1,
      categories: this.categoriesOf(d),
      topics: this.topicsOf(d),
    }));
  }

  /** The columns of `docs`, yielding now and then. Authors are shared by identity (the
   * loader hands out one object per author) or else by slug and name. */
  static *columnsSteps(docs: SearchDocument[]): Steps<DocumentColumns> {
    const pause = every(5000);
    const byObject = new Map<AuthorRef, number>();
    const byKey = new Map<string, number>();
    const authorRefs: AuthorRef[] = [];
    const authorStart = new Int32Array(docs.length + 1);
    const authorList: number[] = [];
    const topicLabels: Record<string, string> = {};
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      for (const a of doc.authors) {
        let id = byObject.get(a);
        if (id === undefined) {
          const key = `${a.slug}\u0000${a.name}`;
          id = byKey.get(key);
          if (id === undefined) byKey.set(key, (id = authorRefs.push({ name: a.name, slug: a.slug }) - 1));
          byObject.set(a, id);
        }
        authorList.push(id);
      }
      authorStart[d + 1] = authorList.length;
      for (const t of doc.topics) topicLabels[t.slug] ??= t.label;
      if (pause()) yield;
    }
    return {
      paperIds: Int32Array.from(docs, (d) => d.id),
      keys: docs.map((d) => d.key),
      slugs: docs.map((d) => d.slug),
      arxivIds: docs.map((d) => d.arxivId),
      titles: docs.map((d) => d.title),
      publishedAt: docs.map((d) => d.publishedAt),
      authorsTruncated: Uint8Array.from(docs, (d) => (d.authorsTruncated ? 1 : 0)),
      authorRefs,
      authorStart,
      authorList: Int32Array.from(authorList),
      topicLabels,
    };
  }
}
