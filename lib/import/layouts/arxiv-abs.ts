// Layout "arxiv-abs": one or more arXiv abstract pages (arxiv.org/abs/ID) copied whole:
// breadcrumbs, "[Submitted on ...]", title, authors, "Abstract:", the metadata table and
// the submission history, amid the site's chrome. publishedAt is the v1 date.

import { parseArxivId } from "../fields/arxiv-id";
import { categoriesInText, unknownCodesWarning } from "../fields/categories";
import { MONTH_NAME, parseDate } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { BARE_CATEGORY, isArxivChrome } from "./arxiv-chrome";
import { looksLikeAuthorLine, readAuthorLine } from "./author-line";

type Kind = "crumb" | "idHeader" | "submitted" | "title" | "authors" | "abstract" | "meta" | "history";
// Where each kind sits on the page; an opener at or before the current stage starts a new page.
const STAGE: Record<Kind, number> = { crumb: 0, idHeader: 1, submitted: 2, title: 3, authors: 4, abstract: 5, meta: 6, history: 7 };
const OPENERS: ReadonlySet<Kind> = new Set(["crumb", "idHeader", "submitted", "title"]);

const CRUMB = /^[A-Z][A-Za-z ,&-]{1,60} > [A-Z][A-Za-z ,&()-]{1,80}$/; // "Computer Science > Machine Learning"
const ID_HEADER = /^arXiv:(\S+) \([a-z-]+\)$/; // "arXiv:2301.05217 (cs)"
const SUBMITTED = new RegExp(`^\\[Submitted on (\\d{1,2} ${MONTH_NAME} \\d{4})`, "i");
const THIS_VERSION = /\(this version, v(\d+)\)\]$/;
const LABEL = /^(Title|Authors?|Abstract|Comments|Subjects|Journal reference|Cite as|Related DOI|DOI|Report number|MSC classes|ACM classes):(.*)$/i; // value trimmed by the reader: "\s*(.*)" would overlap
// The table labels that carry a field; the others are recognised and not stored.
const FIELD_OF_LABEL: Record<string, Kind> = { title: "title", author: "authors", authors: "authors", abstract: "abstract" };
const OR_VERSION = /^\(or arXiv:(\S+) \[[^\]]{0,40}\] for this version\)$/;
const V_LINE = new RegExp(`^\\[v(\\d+)\\] \\w{3}, (\\d{1,2} ${MONTH_NAME} \\d{4}) `, "i"); // "[v1] Thu, 12 Jan 2023 18:59:16 UTC (2,640 KB)"
const HISTORY = /^(?:Submission history|From: .*)$/;
const DOI_URL = /^https:\/\/doi\.org\/10\.48550\/arXiv\.(\S+)$/i;

type Draft = { rec: ParsedRecord; stage: number; open: string | null; abstract: string[] };
type Warn = (line: number, message: string) => void;

function classify(text: string): { kind: Kind; label?: string; value?: string; m?: RegExpExecArray } | "chrome" | null {
  let m: RegExpExecArray | null;
  if ((m = LABEL.exec(text))) {
    const label = m[1]!.toLowerCase();
    return { kind: FIELD_OF_LABEL[label] ?? "meta", label, value: m[2]!.trim() };
  }
  if ((m = ID_HEADER.exec(text))) return { kind: "idHeader", m };
  if ((m = SUBMITTED.exec(text))) return { kind: "submitted", m };
  if ((m = V_LINE.exec(text))) return { kind: "history", m };
  if (HISTORY.test(text)) return { kind: "history" };
  if ((m = OR_VERSION.exec(text))) return { kind: "meta", m };
  if ((m = DOI_URL.exec(text))) return { kind: "meta", m };
  if (isArxivChrome(text) || BARE_CATEGORY.test(text)) return "chrome";
  if (CRUMB.test(text)) return { kind: "crumb" };
  return null;
}

function setId(d: Draft, raw: string, line: number, warn: Warn): void {
  const id = parseArxivId(raw);
  if (!id) return warn(line, `not an arXiv identifier: "${raw.slice(0, 40)}"`);
  if (d.rec.arxivId && d.rec.arxivId !== id.id) return warn(line, `ID ${id.id} differs from this page's ${d.rec.arxivId}`);
  d.rec.arxivId = id.id;
  if (id.version !== null) d.rec.arxivVersion = id.version;
}

function addCategories(d: Draft, text: string, line: number, warn: Warn): void {
  const { codes, unknown } = categoriesInText(text);
  for (const code of codes) if (!d.rec.categories.includes(code)) d.rec.categories.push(code);
  if (unknown.length) warn(line, unknownCodesWarning(unknown));
}

/** A label's value, whether on the label's line or (label alone) on the next one. */
function applyLabel(d: Draft, label: string, value: string, line: number, warn: Warn): void {
  const r = d.rec;
  if (label === "title") r.title = value;
  else if (label === "authors" || label === "author") {
    const list = readAuthorLine(value);
    r.authors = list.authors;
    r.authorsTruncated = list.truncated;
  } else if (label === "abstract") d.abstract.push(value);
  else if (label === "comments") r.comments = value;
  else if (label === "subjects") addCategories(d, value, line, warn);
  else if (label === "cite as") {
    const m = /^arXiv:(\S+)(?: \[([^\]]{1,40})\])?$/.exec(value);
    if (m) setId(d, m[1]!, line, warn);
    if (m?.[2] && r.categories.length === 0) addCategories(d, m[2], line, warn);
  } // journal reference, DOIs, report number, MSC/ACM classes: recognised, not stored
}

function apply(d: Draft, item: Exclude<ReturnType<typeof classify>, null | "chrome">, line: Line, warn: Warn): void {
  const { kind, label, value, m } = item;
  d.stage = Math.max(d.stage, STAGE[kind]);
  d.rec.source.endLine = line.no;
  d.open = label && (label === "abstract" || !value) ? label : null;
  if (label && value) return applyLabel(d, label, value, line.no, warn);
  if (kind === "idHeader") setId(d, m![1]!, line.no, warn);
  else if (kind === "submitted") {
    d.rec.publishedAt = parseDate(m![1]!);
    const v = THIS_VERSION.exec(line.text);
    if (v && d.rec.arxivVersion === null) d.rec.arxivVersion = Number(v[1]);
  } else if (kind === "history" && m?.[1] === "1" && !d.rec.publishedAt) d.rec.publishedAt = parseDate(m[2]!);
  else if (kind === "meta" && m) setId(d, m[1]!, line.no, warn);
}

/** Unlabelled text: an open label's value, the abstract's next paragraph, or a bare title/author line. */
function takeText(d: Draft, line: Line, warn: Warn): boolean {
  const r = d.rec;
  if (d.open) applyLabel(d, d.open, line.text, line.no, warn);
  else if (d.stage < STAGE.title && !r.title) r.title = line.text;
  else if (d.stage === STAGE.title && r.authors.length === 0 && looksLikeAuthorLine(line.text)) r.authors = readAuthorLine(line.text).authors;
  else return false;
  if (d.open !== "abstract") d.open = null;
  d.stage = Math.max(d.stage, r.authors.length ? STAGE.authors : STAGE.title);
  r.source.endLine = line.no;
  return true;
}

export const arxivAbsLayout: LayoutParser = {
  name: "arxiv-abs",
  description: "arXiv abstract pages (arxiv.org/abs/ID), one or several pasted in a row",

  detect(lines: Line[]): number {
    const markers = [SUBMITTED, /^Cite as:\s*arXiv:/, /^Submission history$/, V_LINE, OR_VERSION];
    const found = markers.filter((re) => lines.some((l) => re.test(l.text))).length;
    const hasAbstract = lines.some((l) => /^Abstract:/.test(l.text));
    return found === 0 ? 0 : Math.min(1, 0.3 * found + (hasAbstract ? 0.15 : 0));
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const warn: Warn = (line, message) => result.warnings.push({ file: ctx.file, line, message });
    let d: Draft | null = null;
    const finish = () => {
      if (!d) return;
      if (d.abstract.length) d.rec.abstract = d.abstract.join("\n\n");
      if (d.rec.title || d.rec.abstract || d.rec.arxivId) result.records.push(d.rec);
      else warn(d.rec.source.line, "part of an abstract page without a title, ID or abstract");
      d = null;
    };
    for (const line of lines) {
      const item = classify(line.text);
      if (item === "chrome") {
        result.chrome.push(line.no);
        if (d) d.open = null;
      } else if (item === null) {
        if (!d || !takeText(d, line, warn)) warn(line.no, d ? "unrecognised line in an arXiv abstract page" : "text outside an arXiv abstract page");
      } else {
        if (!d || (OPENERS.has(item.kind) && STAGE[item.kind] <= d.stage)) {
          finish();
          const source = { file: ctx.file, line: line.no, endLine: line.no, format: this.name };
          d = { rec: emptyRecord(source), stage: 0, open: null, abstract: [] };
        }
        apply(d!, item, line, warn);
      }
    }
    finish();
    return result;
  },
};
