// Layout "arxiv-list": an arXiv listing page (/list/cs.LG/new, /recent, /pastweek). Per
// entry "[1] arXiv:ID [pdf, html, other]", "Title:", "Authors:", optional "Comments:",
// "Subjects:" and, on /new pages, the abstract; between entries section and date headers.
//
// publishedAt stays null. The page's dates are announcement dates: a day or more after
// submission for new entries, months or years after it for replacements and some
// cross-lists. The ID's year-month is the submission month, and the import plan already
// falls back to it for every layout (precision "id-month"); copying it here as a date
// would also let the ID confirm itself in merge's ID-versus-date cross-check.

import { parseArxivId } from "../fields/arxiv-id";
import { categoriesInText, unknownCodesWarning } from "../fields/categories";
import { MONTH_NAME } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { isArxivChrome } from "./arxiv-chrome";
import { readAuthorLine } from "./author-line";

// "[1] arXiv:2306.07131 [pdf, html, other]", "arXiv:2306.06978 (cross-list from stat.ML) [pdf]"
// The ID excludes brackets and parentheses, so it cannot overlap the groups after it.
const ENTRY = /^(?:\[\d{1,6}\]\s*)?arXiv:([^\s()[\]]+)(?:\s*\([^()]{1,40}\))?(?:\s*\[[^\]]{0,60}\])?$/;
const LABEL = /^(Title|Authors?|Comments|Subjects|Journal-ref|Report-no|MSC-class|ACM-class|DOI):(.*)$/i; // value trimmed below
const LISTING_CHROME: RegExp[] = [
  /^(?:New submissions|Cross-lists|Cross submissions|Replacements|Replacement submissions)(?: \(showing [\d,]{1,7} of [\d,]{1,7} entries ?\)| for [\w ,]{5,30})?$/i,
  /^Showing new listings for [\w ,]{5,40}$/i,
  /^Total of [\d,]{1,9} entries\b/i,
  /^\[?\s?Showing (?:up to )?[\d,]{1,6} entries per page\b/i,
  /^Authors and titles for [\w ,]{3,60}$/i,
  /^(?:See recent articles|See today's new changes|Continue to the next page.{0,40})$/i,
  // "Fri, 16 Jun 2023 (showing 25 of 187 entries )", "Tue, 13 Jun 23"
  new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? \\d{1,2} ${MONTH_NAME} \\d{2,4}(?: \\([^()]{0,60}\\))?$`, "i"),
];

type Draft = { rec: ParsedRecord; open: string | null; subjectsSeen: boolean; abstract: string[] };

/** Subject names from the page's "Subjects:" lines: the listing's heading is one of them. */
function subjectNames(lines: Line[]): Set<string> {
  const names = new Set<string>();
  for (const l of lines) {
    if (!l.text.startsWith("Subjects:")) continue;
    for (const part of l.text.slice(9).split(";")) names.add(part.slice(0, part.lastIndexOf("(")).trim());
  }
  return names;
}

const isProse = (text: string) => text.length >= 40 || /[.!?)…]$/.test(text);

function applyLabel(d: Draft, label: string, value: string, warn: (message: string) => void): void {
  const r = d.rec;
  if (label === "title") r.title = value;
  else if (label === "authors" || label === "author") {
    const list = readAuthorLine(value);
    r.authors = list.authors;
    r.authorsTruncated = list.truncated;
  } else if (label === "comments") r.comments = value;
  else if (label === "subjects") {
    d.subjectsSeen = true;
    const { codes, unknown } = categoriesInText(value);
    r.categories = codes;
    if (unknown.length) warn(unknownCodesWarning(unknown));
  } // Journal-ref, Report-no, MSC/ACM classes, DOI: recognised, not stored
}

export const arxivListLayout: LayoutParser = {
  name: "arxiv-list",
  description: "arXiv listing pages (/list/ARCHIVE/new, /recent, /pastweek)",

  detect(lines: Line[]): number {
    let entries = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      if (ENTRY.test(lines[i]!.text) && lines[i + 1]!.text.startsWith("Title:")) entries++;
    }
    return entries === 0 ? 0 : Math.min(1, 0.3 + 0.15 * entries);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const warn = (line: number, message: string) => result.warnings.push({ file: ctx.file, line, message });
    const headings = subjectNames(lines);
    let d: Draft | null = null;
    const finish = () => {
      if (!d) return;
      d.rec.abstract = d.abstract.join("\n\n") || null;
      result.records.push(d.rec);
      d = null;
    };
    for (const line of lines) {
      const { text, no } = line;
      const entry = ENTRY.exec(text);
      const label = entry ? null : LABEL.exec(text);
      if (entry) {
        finish();
        d = { rec: emptyRecord({ file: ctx.file, line: no, endLine: no, format: this.name }), open: null, subjectsSeen: false, abstract: [] };
        const id = parseArxivId(entry[1]!);
        if (id) Object.assign(d.rec, { arxivId: id.id, arxivVersion: id.version });
        else warn(no, `not an arXiv identifier: "${entry[1]!.slice(0, 40)}"`);
        continue;
      }
      if (!label && (isArxivChrome(text) || headings.has(text) || LISTING_CHROME.some((re) => re.test(text)))) {
        result.chrome.push(no);
        finish();
        continue;
      }
      if (!d) {
        warn(no, label ? `"${label[1]}:" line outside a listing entry` : "text outside a listing entry");
        continue;
      }
      if (label) {
        const value = label[2]!.trim();
        d.open = value ? null : label[1]!.toLowerCase(); // the value is on the next line
        if (value) applyLabel(d, label[1]!.toLowerCase(), value, (m) => warn(no, m));
      } else if (d.open) {
        applyLabel(d, d.open, text, (m) => warn(no, m));
        d.open = null;
      } else if (d.subjectsSeen && isProse(text)) {
        d.abstract.push(text);
      } else {
        warn(no, "unrecognised line in a listing entry");
        continue;
      }
      d.rec.source.endLine = no;
    }
    finish();
    return result;
  },
};
