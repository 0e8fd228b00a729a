// Papers as RFC 4180 CSV for spreadsheets: quoted where needed, CRLF line ends, and cells
// that a spreadsheet would run as a formula (=, +, -, @ …) defused with a leading apostrophe.

import type { SearchDocument } from "../search/documents";
import { paperPermalink } from "./links";

export const CSV_HEADER = ["arxiv_id", "title", "authors", "authors_truncated", "published_at", "categories", "url", "abstract"] as const;

// OWASP's list: = + - @ start formulas; tab and CR are read as their prefix by some tools.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, then quoted if it holds a comma, quote or line break. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(paper: SearchDocument, origin: string): string[] {
  return [
    paper.arxivId ?? "",
    paper.title ?? "",
    paper.authors.map((a) => a.name).join("; "),
    String(paper.authorsTruncated),
    paper.publishedAt ?? "",
    paper.categories.join(" "),
    paperPermalink(origin, paper.key),
    paper.abstract ?? "",
  ];
}

export function papersCsv(papers: SearchDocument[], origin: string): string {
  const rows = [[...CSV_HEADER], ...papers.map((p) => csvRow(p, origin))];
  return rows.map((r) => r.map(csvField).join(",") + "\r\n").join("");
}
