// Layout "arxiv-search": arxiv.org/search results. Per result "arXiv:ID [pdf, other]", a
// line of category tags (perhaps a DOI badge), the title, "Authors:", "Abstract: ... ▽ More"
// (cut short, or whole when expanded: "... △ Less"), "Submitted D Month, YYYY; v1 submitted
// ...", then optional "Comments:" and "Journal ref:". publishedAt is the v1 date.

import { parseArxivId } from "../fields/arxiv-id";
import { categoriesInText, unknownCodesWarning } from "../fields/categories";
import { MONTH_NAME, parseDate } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { BARE_CATEGORY, isArxivChrome } from "./arxiv-chrome";
import { readAuthorLine } from "./author-line";

// The ID excludes brackets, and a label's value is trimmed below: no two quantifiers
// compete for the same characters, so a failing match never retries every split.
const ENTRY = /^arXiv:([^\s[\]]+)(?:\s*\[[^\]]{0,60}\])?$/;
const LABEL = /^(Authors?|Abstract|Comments|Journal ref|MSC Class|ACM Class|Report number|DOI):(.*)$/i;
const DAY = `(\\d{1,2} ${MONTH_NAME},? \\d{4})`;
const SUBMITTED = new RegExp(`^Submitted ${DAY}[;.]`, "i");
const V1_SUBMITTED = new RegExp(`; v1 submitted ${DAY}[;.]`, "i");
const DOI = /^10\.\d{4,9}\/\S+$/;
const SEARCH_CHROME = [/^Showing [\d,]{1,9}[–-][\d,]{1,9} of [\d,]{1,9} results for /i, /^Searching in archive /i];
const MORE = "▽ More";
const LESS = "△ Less";

// Where each line kind sits in a result; a title comes only before the authors.
const STAGE = { id: 0, tags: 1, title: 2, authors: 3, abstract: 4, submitted: 5, meta: 6 } as const;

type Draft = { rec: ParsedRecord; stage: number; open: string | null; abstractCut: boolean };

/** "cs.LG stat.ML", "doi 10.1214/23-AOS2301": the tag line under a result's ID. */
const isTagLine = (text: string) =>
  text.length <= 300 && text.split(" ").every((t) => BARE_CATEGORY.test(t) || t.toLowerCase() === "doi" || DOI.test(t));

/** Abstract text without the ▽ More / △ Less toggle; a line holding both keeps the full text. */
function readAbstract(d: Draft, text: string): void {
  const more = text.indexOf(MORE);
  let body = text;
  let cut = false;
  if (text.endsWith(LESS)) body = (more >= 0 ? text.slice(more + MORE.length, -LESS.length) : text.slice(0, -LESS.length)).trim();
  else if (text.endsWith(MORE)) [body, cut] = [text.slice(0, -MORE.length).trim(), true];
  // A cut abstract gives way to the full text that follows it.
  d.rec.abstract = d.rec.abstract && !d.abstractCut ? `${d.rec.abstract}\n\n${body}` : body;
  d.abstractCut = cut;
}

function applyLabel(d: Draft, label: string, value: string): void {
  const r = d.rec;
  if (label.startsWith("author")) {
    const list = readAuthorLine(value);
    r.authors = list.authors;
    r.authorsTruncated = list.truncated;
  } else if (label === "abstract") readAbstract(d, value);
  else if (label === "comments") r.comments = value;
  // Journal ref, MSC/ACM classes, report number, DOI: recognised, not stored
}

export const arxivSearchLayout: LayoutParser = {
  name: "arxiv-search",
  description: "arxiv.org/search results: ID, tags, title, authors, abstract, submitted dates",

  detect(lines: Line[]): number {
    const results = lines.filter((l) => SUBMITTED.test(l.text) && l.text.includes("originally announced")).length;
    const header = lines.some((l) => SEARCH_CHROME[0]!.test(l.text)) ? 0.3 : 0;
    return results === 0 ? 0 : Math.min(1, header + 0.2 * results);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const warn = (line: number, message: string) => result.warnings.push({ file: ctx.file, line, message });
    let d: Draft | null = null;
    for (const { text, no } of lines) {
      const entry = ENTRY.exec(text);
      if (entry) {
        if (d) result.records.push(d.rec);
        d = { rec: emptyRecord({ file: ctx.file, line: no, endLine: no, format: this.name }), stage: STAGE.id, open: null, abstractCut: false };
        const id = parseArxivId(entry[1]!);
        if (id) Object.assign(d.rec, { arxivId: id.id, arxivVersion: id.version });
        else warn(no, `not an arXiv identifier: "${entry[1]!.slice(0, 40)}"`);
        continue;
      }
      const label = LABEL.exec(text);
      if (!label && (isArxivChrome(text) || SEARCH_CHROME.some((re) => re.test(text)))) {
        result.chrome.push(no);
        if (d) d.open = null;
        continue;
      }
      if (!d) {
        warn(no, "text outside a search result");
        continue;
      }
      const submitted = SUBMITTED.exec(text);
      const tags = d.stage <= STAGE.tags && isTagLine(text);
      if (label) {
        const name = label[1]!.toLowerCase();
        const value = label[2]!.trim();
        d.stage = Math.max(d.stage, name.startsWith("author") ? STAGE.authors : name === "abstract" ? STAGE.abstract : STAGE.meta);
        d.open = name === "abstract" || !value ? name : null;
        if (value) applyLabel(d, name, value);
      } else if (submitted) {
        d.rec.publishedAt = parseDate((V1_SUBMITTED.exec(text) ?? submitted)[1]!);
        d.stage = STAGE.submitted;
        d.open = null;
      } else if (tags) {
        const { codes, unknown } = categoriesInText(text);
        for (const code of codes) if (!d.rec.categories.includes(code)) d.rec.categories.push(code);
        if (unknown.length) warn(no, unknownCodesWarning(unknown));
        d.stage = STAGE.tags;
      } else if (d.open) {
        applyLabel(d, d.open, text);
        if (d.open !== "abstract") d.open = null;
      } else if (d.stage <= STAGE.tags && !d.rec.title) {
        d.rec.title = text;
        d.stage = STAGE.title;
      } else {
        warn(no, "unrecognised line in a search result");
        continue;
      }
      d.rec.source.endLine = no;
    }
    if (d) result.records.push(d.rec);
    return result;
  },
};
