// Builds a SearchIndex from the library's documents, fed one at a time (a large library
// is read page by page, and each abstract is dropped once tokenized): words become ids
// (vocabulary, sequences, the FlexSearch prefix indexes of titles and authors); finishing
// derives the abstract word and pair lists, facet columns, date order and display table,
// in steps that can run at once or in slices between requests.

import { Index } from "flexsearch";
import { BigramPostings } from "./bigram-postings";
import { DocumentTable, MemoryAbstracts, type AbstractSource } from "./document-table";
import type { SearchDocument } from "./documents";
import { FacetColumn } from "./facet-column";
import { SearchIndex } from "./search-index";
import { runSteps, type Steps } from "./steps";
import { TokenSequencesBuilder } from "./token-sequences";
import { tokenize } from "./tokenize";
import { VocabularyBuilder } from "./vocabulary";
import { WordPostings } from "./word-postings";

/** Text is tokenized by us; FlexSearch only splits our space-joined words. */
const encode = (text: string) => text.split(" ").filter(Boolean);

/** The FlexSearch index of a short field: every prefix of every word (match as you type). */
export const prefixIndex = () => new Index({ tokenize: "forward", encode, resolution: 1 });

/** Pairs of words each in at least this many documents' field get a pair list. */
const pairMinDf = (documents: number) => Math.max(16, Math.ceil(documents / 256));

export class SearchIndexBuilder {
  private readonly vocabulary = new VocabularyBuilder();
  private readonly sequences = { title: new TokenSequencesBuilder(), authors: new TokenSequencesBuilder(), abstract: new TokenSequencesBuilder() };
  private readonly prefixes = { title: prefixIndex(), authors: prefixIndex() };
  /** Each document without its abstract (kept apart, or not at all). */
  private readonly docs: SearchDocument[] = [];
  private readonly abstracts: (string | null)[] | null;

  /** `abstracts`: where results read abstracts; omitted, they are kept in memory. */
  constructor(private readonly abstractSource?: AbstractSource) {
    this.abstracts = abstractSource ? null : [];
  }

  add(doc: SearchDocument): void {
    const d = this.docs.length;
    const title = tokenize(doc.title ?? "");
    const authors = doc.authors.flatMap((a) => tokenize(a.name));
    const abstract = tokenize(doc.abstract ?? "");
    this.sequences.title.add(title.map((w) => this.vocabulary.idOf(w, d)));
    this.sequences.authors.add(authors.map((w) => this.vocabulary.idOf(w, d)));
    this.sequences.abstract.add(abstract.map((w) => this.vocabulary.idOf(w, d)));
    if (title.length) this.prefixes.title.add(d, title.join(" "));
    if (authors.length) this.prefixes.authors.add(d, authors.join(" "));
    this.abstracts?.push(doc.abstract);
    this.docs.push({ ...doc, abstract: null });
  }

  *finish(revision: string): Steps<SearchIndex> {
    const { docs } = this;
    const vocabulary = this.vocabulary.finish(docs.length);
    yield;
    const sequences = {
      title: this.sequences.title.finish(vocabulary.size),
      authors: this.sequences.authors.finish(vocabulary.size),
      abstract: this.sequences.abstract.finish(vocabulary.size),
    };
    const abstractWords = yield* WordPostings.build(sequences.abstract, vocabulary.size);
    const minDf = pairMinDf(docs.length);
    const bigrams = {
      title: yield* BigramPostings.build(sequences.title, vocabulary.size, minDf),
      authors: yield* BigramPostings.build(sequences.authors, vocabulary.size, minDf),
      abstract: yield* BigramPostings.build(sequences.abstract, vocabulary.size, minDf),
    };
    const facets = {
      year: FacetColumn.build(docs.map((d) => (d.publishedAt ? [d.publishedAt.slice(0, 4)] : []))),
      author: FacetColumn.build(docs.map((d) => d.authors.map((a) => a.name))),
      category: FacetColumn.build(docs.map((d) => d.categories)),
      topic: FacetColumn.build(docs.map((d) => d.topics.map((t) => t.slug))),
      hasId: FacetColumn.build(docs.map((d) => [d.arxivId ? "yes" : "no"])),
    };
    yield;
    const byDate = Int32Array.from(docs.map((_, d) => d)).sort((a, b) => compareNewestFirst(docs[a]!, docs[b]!, a, b));
    const dateRank = new Int32Array(docs.length);
    byDate.forEach((d, rank) => (dateRank[d] = rank));
    const source = this.abstractSource ?? new MemoryAbstracts(this.abstracts!);
    const documents = new DocumentTable(DocumentTable.columnsOf(docs), facets.category, facets.topic, source);
    return new SearchIndex({ revision, size: docs.length, vocabulary, sequences, abstractWords, bigrams, prefixes: this.prefixes, facets, byDate, dateRank, documents });
  }
}

/** Builds at once (tests, scripts, small libraries), abstracts kept in memory unless a source is given. */
export function buildSearchIndex(docs: SearchDocument[], revision: string, abstracts?: AbstractSource): SearchIndex {
  const builder = new SearchIndexBuilder(abstracts);
  for (const doc of docs) builder.add(doc);
  return runSteps(builder.finish(revision));
}

function compareNewestFirst(a: SearchDocument, b: SearchDocument, ia: number, ib: number): number {
  if (a.publishedAt !== b.publishedAt) {
    if (!a.publishedAt) return 1;
    if (!b.publishedAt) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return ib - ia; // later imports first among equals
}
