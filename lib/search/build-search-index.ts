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
    const vocabulary = yield* this.vocabulary.finish(docs.length);
    const sequences = {
      title: yield* this.sequences.title.finish(vocabulary.size),
      authors: yield* this.sequences.authors.finish(vocabulary.size),
      abstract: yield* this.sequences.abstract.finish(vocabulary.size),
    };
    const abstractWords = yield* WordPostings.build(sequences.abstract, vocabulary.size);
    const minDf = pairMinDf(docs.length);
    const bigrams = {
      title: yield* BigramPostings.build(sequences.title, vocabulary.size, minDf),
      authors: yield* BigramPostings.build(sequences.authors, vocabulary.size, minDf),
      abstract: yield* BigramPostings.build(sequences.abstract, vocabulary.size, minDf),
    };
    const column = (valuesOf: (doc: SearchDocument) => string[]) => FacetColumn.buildSteps(docs.length, (d) => valuesOf(docs[d]!));
    const facets = {
      year: yield* column((d) => (d.publishedAt ? [d.publishedAt.slice(0, 4)] : [])),
      author: yield* column((d) => d.authors.map((a) => a.name)),
      category: yield* column((d) => d.categories),
      topic: yield* column((d) => d.topics.map((t) => t.slug)),
      hasId: yield* column((d) => [d.arxivId ? "yes" : "no"]),
    };
    const byDate = newestFirst(docs);
    yield;
    const dateRank = new Int32Array(docs.length);
    byDate.forEach((d, rank) => (dateRank[d] = rank));
    const source = this.abstractSource ?? new MemoryAbstracts(this.abstracts!);
    const columns = yield* DocumentTable.columnsSteps(docs);
    const documents = new DocumentTable(columns, facets.category, facets.topic, source);
    return new SearchIndex({ revision, size: docs.length, vocabulary, sequences, abstractWords, bigrams, prefixes: this.prefixes, facets, byDate, dateRank, documents });
  }
}

/** Builds at once (tests, scripts, small libraries), abstracts kept in memory unless a source is given. */
export function buildSearchIndex(docs: SearchDocument[], revision: string, abstracts?: AbstractSource): SearchIndex {
  const builder = new SearchIndexBuilder(abstracts);
  for (const doc of docs) builder.add(doc);
  return runSteps(builder.finish(revision));
}

/** Document numbers newest first, undated last, later imports first among equals: sorted as
 * numbers (date's rank among the distinct dates, then document), not by comparing strings. */
function newestFirst(docs: SearchDocument[]): Int32Array {
  const dates = [...new Set(docs.map((d) => d.publishedAt).filter((p): p is string => p !== null))].sort();
  const rankOf = new Map(dates.map((date, i) => [date, dates.length - 1 - i])); // 0 = newest
  const n = docs.length;
  const keys = Float64Array.from(docs, (doc, d) => (doc.publishedAt === null ? dates.length : rankOf.get(doc.publishedAt)!) * n + (n - 1 - d));
  keys.sort();
  return Int32Array.from(keys, (key) => n - 1 - (key % n));
}
