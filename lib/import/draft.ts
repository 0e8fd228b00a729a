// A PaperDraft is one paper as the merge sees it: a stored paper or a new one, the
// records merged into it in this batch, and its fields combined from all of them.

import { arxivIdMonth } from "./fields/arxiv-id";
import { contentWords, lshKeys, matchWords, normalizeForMatch, shingles, textHash, type HashSet } from "./text-match";
import type { ParsedRecord } from "./types";

export type AbstractText = {
  text: string;
  hash: string;
  trigrams: HashSet;
  /** Hashes of its content words (stopwords left out). */
  content: HashSet;
  /** Locality-sensitive keys of the trigrams (text-match.ts lshKeys). */
  lsh: string[];
};

export type PaperDraft = {
  /** Id of the stored paper this draft is, or null for a new paper. */
  storedId: number | null;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string | null;
  authors: string[];
  authorsTruncated: boolean;
  organization: string | null;
  publishedAt: string | null;
  categories: string[];
  comments: string | null;
  abstracts: AbstractText[];
  /** Records of this batch merged into the draft. */
  records: ParsedRecord[];
};

export type DraftFields = Omit<PaperDraft, "storedId" | "abstracts" | "records"> & { abstracts: string[] };

export function abstractText(text: string): AbstractText {
  const words = matchWords(text);
  const trigrams = shingles(words, 3);
  return { text, hash: textHash(words.join(" ")), trigrams, content: contentWords(words), lsh: lshKeys(trigrams) };
}

// A record's abstract is analysed once, however often the lookup, merge and writes ask.
const analysed = new WeakMap<ParsedRecord, AbstractText>();

/** The record's abstract, analysed (null when it has none). */
export function recordAbstract(record: ParsedRecord): AbstractText | null {
  if (!record.abstract) return null;
  let a = analysed.get(record);
  if (!a) analysed.set(record, (a = abstractText(record.abstract)));
  return a;
}

export function newDraft(fields: DraftFields, storedId: number | null = null): PaperDraft {
  // Own copies of the lists: merging appends to them, and must not touch a record's.
  return {
    ...fields,
    authors: [...fields.authors],
    categories: [...fields.categories],
    storedId,
    abstracts: fields.abstracts.map(abstractText),
    records: [],
  };
}

export function draftFromRecord(record: ParsedRecord): PaperDraft {
  const draft = newDraft({ ...record, abstracts: [] });
  const abstract = recordAbstract(record);
  if (abstract) draft.abstracts.push(abstract);
  draft.records.push(record);
  return draft;
}

/** "YYYY-MM" the draft's ID encodes, if any. */
export const idMonth = (d: PaperDraft) => (d.arxivId ? arxivIdMonth(d.arxivId) : null);
export const dateMonth = (d: PaperDraft) => d.publishedAt?.slice(0, 7) ?? null;
// Titles are compared with every candidate: each is normalised once per process run.
const normalizedTitles = new Map<string, string>();

export function normalizedTitle(d: PaperDraft): string | null {
  if (!d.title) return null;
  let normal = normalizedTitles.get(d.title);
  if (normal === undefined) {
    if (normalizedTitles.size >= 200_000) normalizedTitles.clear();
    normalizedTitles.set(d.title, (normal = normalizeForMatch(d.title)));
  }
  return normal;
}

/** Folds a record into a draft: fills what is missing, keeps the better of two. */
export function absorbRecord(draft: PaperDraft, record: ParsedRecord): void {
  draft.records.push(record);
  draft.arxivId ??= record.arxivId;
  if (record.arxivVersion && (draft.arxivVersion ?? 0) < record.arxivVersion) draft.arxivVersion = record.arxivVersion;
  draft.title ??= record.title;
  if (betterAuthors(record, draft)) {
    draft.authors = record.authors;
    draft.authorsTruncated = record.authorsTruncated;
  }
  draft.organization ??= record.organization;
  if (record.publishedAt && (!draft.publishedAt || record.publishedAt.length > draft.publishedAt.length)) {
    draft.publishedAt = record.publishedAt;
  }
  for (const c of record.categories) if (!draft.categories.includes(c)) draft.categories.push(c);
  draft.comments ??= record.comments;
  const version = recordAbstract(record);
  if (version && !draft.abstracts.some((a) => a.hash === version.hash)) draft.abstracts.push(version);
}

/** A complete author list beats a cut one; a longer list beats a shorter one. */
function betterAuthors(record: ParsedRecord, draft: PaperDraft): boolean {
  if (record.authors.length === 0) return false;
  if (draft.authors.length === 0) return true;
  if (draft.authorsTruncated !== record.authorsTruncated) return draft.authorsTruncated;
  return record.authors.length > draft.authors.length;
}

/** The abstract to show: an uncut version before a cut one ("…"), then the longest. */
export function shownAbstract(d: PaperDraft): string | null {
  const cut = (t: string) => /(…|\.\.\.)\s*$/.test(t);
  const ranked = [...d.abstracts].sort((a, b) => Number(cut(a.text)) - Number(cut(b.text)) || b.text.length - a.text.length);
  return ranked[0]?.text ?? null;
}
