// Papers as a JSON document: the search that chose them, how many, and each paper with
// an absolute URL (the same fields as the CSV, authors and categories as arrays).

import type { SearchDocument } from "../search/documents";
import type { SearchParams } from "../search/params";
import { paperPermalink } from "./links";

/** The search as the export ran it: paging is left out because an export has every result. */
export type ExportedQuery = Omit<SearchParams, "page" | "pageSize">;

export type JsonExport = {
  query: ExportedQuery;
  total: number;
  papers: {
    id: string;
    arxivId: string | null;
    title: string | null;
    authors: string[];
    authorsTruncated: boolean;
    publishedAt: string | null;
    categories: string[];
    abstract: string | null;
    url: string;
  }[];
};

export function papersJson(params: SearchParams, papers: SearchDocument[], origin: string): JsonExport {
  const { page: _page, pageSize: _pageSize, ...query } = params;
  return {
    query,
    total: papers.length,
    papers: papers.map((p) => ({
      id: p.key,
      arxivId: p.arxivId,
      title: p.title,
      authors: p.authors.map((a) => a.name),
      authorsTruncated: p.authorsTruncated,
      publishedAt: p.publishedAt,
      categories: p.categories,
      abstract: p.abstract,
      url: paperPermalink(origin, p.key),
    })),
  };
}
