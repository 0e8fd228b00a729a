// The search index saved next to the library's database file (`<db>.search-index/`), so
// a restarted server answers its first search after a load of a second or so, not after
// a rebuild: typed arrays in one file, string tables in one JSON file, FlexSearch's own
// export of the title and author indexes, and a manifest with the library revision the
// index was built from. Written to a temporary folder, then swapped in whole.

import fs from "node:fs";
import path from "node:path";
import { BigramPostings } from "./bigram-postings";
import { prefixIndex } from "./build-search-index";
import type { AuthorRef } from "./documents";
import { DocumentTable, type AbstractSource } from "./document-table";
import { FacetColumn } from "./facet-column";
import { PairTable } from "./pair-table";
import { FIELD_NAMES, SearchIndex, type FieldName } from "./search-index";
import { FACET_NAMES, type FacetName } from "./search-state";
import { TokenSequences, type WordIds } from "./token-sequences";
import { packArrays, readArrays, type ArraysContents, type NumberArray } from "./typed-array-file";
import { TypoIndex } from "./typo-index";
import { Vocabulary } from "./vocabulary";
import { WordPostings } from "./word-postings";

const FORMAT = 2;
const PREFIX_FIELDS = ["title", "authors"] as const;

type Manifest = { format: number; revision: string; size: number; savedAt: string; pairs: Record<FieldName, number>; arrays: ArraysContents };

type Strings = {
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

/** Where the index of the library in `databaseFile` is saved. */
export const snapshotDirOf = (databaseFile: string) => `${databaseFile}.search-index`;

function arraysOf(index: SearchIndex): Record<string, NumberArray> {
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

function stringsOf(index: SearchIndex): Strings {
  const c = index.documents.columns;
  return {
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

/** Saves `index` as the snapshot in `dir`, replacing any older one. */
export async function saveSnapshot(index: SearchIndex, dir: string): Promise<void> {
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await fs.promises.mkdir(temporary, { recursive: true });
  try {
    const { bytes, contents } = packArrays(arraysOf(index));
    await fs.promises.writeFile(path.join(temporary, "arrays.bin"), bytes);
    await fs.promises.writeFile(path.join(temporary, "strings.json"), JSON.stringify(stringsOf(index)));
    for (const field of PREFIX_FIELDS) {
      const lines: string[] = [];
      // An async handler makes FlexSearch hand the chunks out one at a time.
      await index.prefixes[field].export(async (key: string, data: string) => void lines.push(`${key}\t${data}`));
      await fs.promises.writeFile(path.join(temporary, `${field}.flexsearch`), lines.join("\n"));
    }
    const manifest: Manifest = { format: FORMAT, revision: index.revision, size: index.size, savedAt: new Date().toISOString(), pairs: Object.fromEntries(FIELD_NAMES.map((f) => [f, index.bigrams[f].pairs.size])) as Record<FieldName, number>, arrays: contents };
    await fs.promises.writeFile(path.join(temporary, "manifest.json"), JSON.stringify(manifest));
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    if (fs.existsSync(dir)) await fs.promises.rename(dir, old);
    await fs.promises.rename(temporary, dir);
    await fs.promises.rm(old, { recursive: true, force: true });
  } finally {
    await fs.promises.rm(temporary, { recursive: true, force: true });
  }
}

/** The revision the snapshot in `dir` was built from, or null when there is none usable. */
export function snapshotRevision(dir: string): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
    return manifest.format === FORMAT ? manifest.revision : null;
  } catch {
    return null;
  }
}

/** The index saved in `dir` (results read abstracts from `abstracts`), or null when there is none usable. */
export function loadSnapshot(dir: string, abstracts: AbstractSource): SearchIndex | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT) return null;
  const a = readArrays(path.join(dir, "arrays.bin"), manifest.arrays) as Record<string, Int32Array>;
  const s = JSON.parse(fs.readFileSync(path.join(dir, "strings.json"), "utf8")) as Strings;
  const prefixes = { title: prefixIndex(), authors: prefixIndex() };
  for (const field of PREFIX_FIELDS) {
    for (const line of fs.readFileSync(path.join(dir, `${field}.flexsearch`), "utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) prefixes[field].import(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const vocabulary = new Vocabulary(s.words, a.df!, manifest.size, a.alphabetical!, new TypoIndex(a.typoKeys!, a.typoWords!));
  const sequence = (field: string) => new TokenSequences(a[`${field}Start`]!, a[`${field}Ids`] as unknown as WordIds);
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, new FacetColumn(s.facetValues[name], a[`${name}Start`]!, a[`${name}List`]!)])) as Record<FacetName, FacetColumn>;
  const bytes = (name: string) => a[name] as unknown as Uint8Array;
  const pairsOf = (f: FieldName) =>
    new BigramPostings(
      new PairTable(a[`${f}PairFirst`]!, a[`${f}PairSecond`]!, a[`${f}PairIds`]!, manifest.pairs[f]),
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
    revision: manifest.revision,
    size: manifest.size,
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
