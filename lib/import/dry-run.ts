// The `--dry-run --json` document: papers merged across all given files, as the CLI
// contract spells it, and every warning.

import { idMonth, shownAbstract, type PaperDraft } from "./draft";
import type { ParseWarning } from "./types";

export type DryRunPaper = {
  arxivId: string | null;
  title: string | null;
  authors: string[];
  authorsTruncated: boolean;
  publishedAt: string | null;
  categories: string[];
  comments: string | null;
  abstract: string | null;
  sources: { file: string; line: number; format: string }[];
};

/** The publication date, or the month of first submission the arXiv ID encodes. */
export function publicationDate(d: PaperDraft): string | null {
  return d.publishedAt ?? idMonth(d);
}

export function toDryRunPaper(d: PaperDraft): DryRunPaper {
  return {
    arxivId: d.arxivId,
    title: d.title,
    authors: d.authors,
    authorsTruncated: d.authorsTruncated,
    publishedAt: publicationDate(d),
    categories: d.categories,
    comments: d.comments,
    abstract: shownAbstract(d),
    sources: d.records.map((r) => ({ file: r.source.file, line: r.source.line, format: r.source.format })),
  };
}

export function dryRunDocument(drafts: PaperDraft[], warnings: ParseWarning[]) {
  return {
    papers: drafts.filter((d) => d.records.length > 0).map(toDryRunPaper),
    warnings: warnings.map(({ file, line, message }) => ({ file, line, message })),
  };
}
