// The in-memory search index of the library: FlexSearch "forward" indexes over the short
// fields (titles and authors match prefixes as you type), our own word lists over
// abstracts and word-pair lists over every field, each document's words in order for phrases, a vocabulary, facet columns
// and dates in typed arrays, and the display table. Built by build-search-index.ts,
// saved and loaded by index-snapshot.ts.

import type { Index } from "flexsearch";
import type { BigramPostings } from "./bigram-postings";
import type { DocumentTable } from "./document-table";
import type { FacetColumn } from "./facet-column";
import { QueryScratch } from "./query-scratch";
import type { FacetName } from "./search-state";
import type { TokenSequences } from "./token-sequences";
import type { Vocabulary } from "./vocabulary";
import type { WordPostings } from "./word-postings";

export type FieldName = "title" | "authors" | "abstract";
export const FIELD_NAMES: readonly FieldName[] = ["title", "authors", "abstract"];

export type SearchIndexParts = {
  revision: string;
  size: number;
  vocabulary: Vocabulary;
  sequences: Record<FieldName, TokenSequences>;
  abstractWords: WordPostings;
  /** Lists of adjacent word pairs, per field. */
  bigrams: Record<FieldName, BigramPostings>;
  prefixes: { title: Index; authors: Index };
  facets: Record<FacetName, FacetColumn>;
  /** Documents newest first (undated last), and each document's position in that order. */
  byDate: Int32Array;
  dateRank: Int32Array;
  documents: DocumentTable;
};

export class SearchIndex {
  readonly revision: string;
  readonly size: number;
  readonly vocabulary: Vocabulary;
  readonly sequences: Record<FieldName, TokenSequences>;
  readonly abstractWords: WordPostings;
  readonly bigrams: Record<FieldName, BigramPostings>;
  readonly prefixes: { title: Index; authors: Index };
  readonly facets: Record<FacetName, FacetColumn>;
  readonly byDate: Int32Array;
  readonly dateRank: Int32Array;
  readonly documents: DocumentTable;
  private scratchSpace: QueryScratch | null = null;

  constructor(parts: SearchIndexParts) {
    this.revision = parts.revision;
    this.size = parts.size;
    this.vocabulary = parts.vocabulary;
    this.sequences = parts.sequences;
    this.abstractWords = parts.abstractWords;
    this.bigrams = parts.bigrams;
    this.prefixes = parts.prefixes;
    this.facets = parts.facets;
    this.byDate = parts.byDate;
    this.dateRank = parts.dateRank;
    this.documents = parts.documents;
  }

  /** Per-document work arrays reused by every search (searches run one at a time). */
  get scratch(): QueryScratch {
    return (this.scratchSpace ??= new QueryScratch(this.size));
  }

  /**
   * Documents (ascending) whose `field` holds `term`, or for title and authors a word
   * starting with it. Always an Int32Array, so the loops over hits see one array type;
   * abstract lists belong to the index: never modify them.
   */
  lookup(field: FieldName, term: string): Int32Array {
    if (field === "abstract") return this.abstractWords.of(this.vocabulary.idOf(term));
    return Int32Array.from(this.prefixes[field].search(term, { limit: this.size || 1 }) as number[]);
  }

  /** Display label of a topic slug (facet values are slugs). */
  topicLabel(slug: string): string {
    return this.documents.topicLabel(slug);
  }
}
