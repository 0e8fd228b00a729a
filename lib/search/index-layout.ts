// The search index as plain data and back: every typed array by name (for one binary
// file) and every string table (for one JSON file), leaving out only FlexSearch's own
// indexes, which have their export. index-snapshot.ts writes and reads the files.

import type { Index } from "flexsearch";
import { BigramPostings } from "./bigram-postings";
import type { AuthorRef } from "./documents";
import { DocumentTable, type AbstractSource } from "./document-table";
import { FacetColumn } from "./facet-column";
import { PairTable } from "./pair-table";
import { FIELD_NAMES, SearchIndex, type FieldName } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { TokenSequences, type WordIds } from "./token-sequences";
import type { NumberArray } from "./typed-array-file";
import { TypoIndex } from "./typo-index";
import { Vocabulary } from "./vocabulary";
import { WordPostings } from "./word-postings";

export type Strings = {
  id: string;
  words: string[];
  /** null where the key is the usual arXiv ID or slug. */
  keys: (string | null)[];
  slugs: string[];
  arxivIds: (string | null)[];
  titles: (string | null)[];
  publishedAt: (string | null)[];
  authorRefs: [string, string][];
  topicLabels: Record<string, string>;
  facetValues: Record<FacetName, string[]>;
};

/** What the index needs besides its arrays and strings. */
export type IndexShape = { revision: string; size: number; pairs: Record<FieldName, number> };

export const shapeOf = (index: SearchIndex): IndexShape => ({
  revision: index.revision,
  size: index.size,
  pairs: Object.fromEntries(FIELD_NAMES.map((f) => [f, index.bigrams[f].pairs.size])) as Record<FieldName, number>,
});

export function arraysOf(index: SearchIndex): Record<string, NumberArray> {
  const { vocabulary: v, documents } = index;
  const c = documents.columns;
  const arrays: Record<string, NumberArray> = {
    df: v.df, alphabetical: v.alphabetical, typoKeys: v.typos.keys, typoWords: v.typos.wordIds,
    wordStart: index.abstractWords.start, wordDocs: index.abstractWords.docs,
    byDate: index.byDate, dateRank: index.dateRank,
    paperIds: c.paperIds, authorsTruncated: c.authorsTruncated, authorStart: c.authorStart, authorList: c.authorList,
  };
  for (const field of FIELD_NAMES) {
    const b = index.bigrams[field];
    Object.assign(arrays, {
      [`${field}Start`]: index.sequences[field].start, [`${field}Ids`]: index.sequences[field].ids,
      [`${field}PairFirst`]: b.pairs.first, [`${field}PairSecond`]: b.pairs.second, [`${field}PairIds`]: b.pairs.ids, [`${field}PairByteStart`]: b.byteStart,
      [`${field}PairBytes`]: b.bytes, [`${field}PairCountStart`]: b.countStart, [`${field}PairFirstAt`]: b.firstAt, [`${field}Frequent`]: b.frequent,
    });
  }
  for (const name of FACET_NAMES) {
    arrays[`${name}Start`] = index.facets[name].start;
    arrays[`${name}List`] = index.facets[name].list;
  }
  return arrays;
}

export function stringsOf(index: SearchIndex, id: string): Strings {
  const c = index.documents.columns;
  return {
    id,
    words: index.vocabulary.words,
    keys: c.keys.map((k, d) => (k === (c.arxivIds[d] ?? c.slugs[d]) ? null : k)),
    slugs: c.slugs,
    arxivIds: c.arxivIds,
    titles: c.titles,
    publishedAt: c.publishedAt,
    authorRefs: c.authorRefs.map((a) => [a.name, a.slug]),
    topicLabels: c.topicLabels,
    facetValues: Object.fromEntries(FACET_NAMES.map((name) => [name, index.facets[name].values])) as Record<FacetName, string[]>,
  };
}

/** The index again from its parts (views onto `a` are kept, not copied). */
export function indexFromParts(
  shape: IndexShape,
  a: Record<string, Int32Array>,
  s: Strings,
  prefixes: { title: Index; authors: Index },
  abstracts: AbstractSource,
): SearchIndex {
  const vocabulary = new Vocabulary(s.words, a.df!, shape.size, a.alphabetical!, new TypoIndex(a.typoKeys!, a.typoWords!));
  const sequence = (field: string) => new TokenSequences(a[`${field}Start`]!, a[`${field}Ids`] as unknown as WordIds);
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, new FacetColumn(s.facetValues[name], a[`${name}Start`]!, a[`${name}List`]!)])) as Record<FacetName, FacetColumn>;
  const bytes = (name: string) => a[name] as unknown as Uint8Array;
  const pairsOf = (f: FieldName) =>
    new BigramPostings(
      new PairTable(a[`${f}PairFirst`]!, a[`${f}PairSecond`]!, a[`${f}PairIds`]!, shape.pairs[f]),
      a[`${f}PairByteStart`]!, bytes(`${f}PairBytes`), a[`${f}PairCountStart`]!, bytes(`${f}PairFirstAt`), bytes(`${f}Frequent`),
    );
  const columns = {
    paperIds: a.paperIds!,
    keys: s.keys.map((k, d) => k ?? s.arxivIds[d] ?? s.slugs[d]!),
    slugs: s.slugs,
    arxivIds: s.arxivIds,
    titles: s.titles,
    publishedAt: s.publishedAt,
    authorsTruncated: a.authorsTruncated as unknown as Uint8Array,
    authorRefs: s.authorRefs.map(([name, slug]): AuthorRef => ({ name, slug })),
    authorStart: a.authorStart!,
    authorList: a.authorList!,
    topicLabels: s.topicLabels,
  };
  return new SearchIndex({
    revision: shape.revision,
    size: shape.size,
    vocabulary,
    sequences: { title: sequence("title"), authors: sequence("authors"), abstract: sequence("abstract") },
    abstractWords: new WordPostings(a.wordStart!, a.wordDocs!),
    bigrams: { title: pairsOf("title"), authors: pairsOf("authors"), abstract: pairsOf("abstract") },
    prefixes,
    facets,
    byDate: a.byDate!,
    dateRank: a.dateRank!,
    documents: new DocumentTable(columns, facets.category, facets.topic, abstracts),
  });
}
