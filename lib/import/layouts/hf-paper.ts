// Layout "hf-paper": a Hugging Face paper page (huggingface.co/papers/ID) copied whole:
// "arxiv:ID", the title, "Published on Apr 7, 2023", the authors (one per line between
// "," lines, or "Authors: A, B"), the "Abstract" heading and text, then the boxes of
// models, datasets, spaces and collections citing the paper, which are all chrome.

import { arxivIdMonth, parseArxivId } from "../fields/arxiv-id";
import { looksLikePersonName, parseAuthorList } from "../fields/authors";
import { MONTH_NAME, parseDate } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { ID_IN_PAPER_URL, isHfChrome, SUBMITTED_BY } from "./hf-chrome";

const ARXIV_MARKER = /^arxiv:\s?(\S{1,40})$/i;
const PUBLISHED = new RegExp(`^Published on (${MONTH_NAME} \\d{1,2})(?:, (\\d{4}))?$`, "i");
const AUTHORS_LABEL = /^Authors?:\s*(.*)$/i;
const ABSTRACT_HEADING = /^Abstract$/i;
const SUMMARY_HEADING = /^AI-generated summary$/i;
// The boxes under the paper: everything from here to the next page is chrome.
const CITING_BOX = /^(?:(?:Models|Datasets|Spaces) citing this paper|Collections including this paper)$/i;
const SITE_HEADER = /^Hugging Face's logo$/i;
const AUTHOR_COUNT = /^(?:·\s?)?\d{1,4} authors?$/i; // a paper list's cards, not a paper page

type Mode = "head" | "authors" | "abstract" | "summary" | "user" | "boxes";
type Draft = { rec: ParsedRecord; published: { monthDay: string; year: string | undefined } | null; abstract: string[] };

function looksLikeAuthorLine(text: string): boolean {
  const names = parseAuthorList(text).authors;
  return names.length > 0 && names.every(looksLikePersonName);
}

/** A title when a "Published on", "Authors" or "Submitted by" line follows within three lines. */
function titleAhead(lines: Line[], i: number): boolean {
  return lines.slice(i + 1, i + 4).some((l) => PUBLISHED.test(l.text) || AUTHORS_LABEL.test(l.text) || SUBMITTED_BY.test(l.text));
}

function takeId(d: Draft | null, raw: string): void {
  const id = parseArxivId(raw);
  if (!d || !id || (d.rec.arxivId && d.rec.arxivId !== id.id)) return;
  d.rec.arxivId = id.id;
  d.rec.arxivVersion ??= id.version;
}

/** "Apr 7, 2023" as is; a year-less "Apr 7" takes the year of the ID when its month agrees. */
function publishedAt(d: Draft): string | null {
  if (!d.published) return null;
  const { monthDay, year } = d.published;
  if (year) return parseDate(`${monthDay}, ${year}`);
  const idMonth = d.rec.arxivId ? arxivIdMonth(d.rec.arxivId) : null;
  const guess = idMonth ? parseDate(`${monthDay}, ${idMonth.slice(0, 4)}`) : null;
  return guess?.startsWith(idMonth!) ? guess : null;
}

export const hfPaperLayout: LayoutParser = {
  name: "hf-paper",
  description: "A Hugging Face paper page (huggingface.co/papers/ID), one or several in a row",

  detect(lines: Line[]): number {
    const markers = [ARXIV_MARKER, PUBLISHED, ABSTRACT_HEADING, /^View arXiv page$/i, CITING_BOX];
    const found = markers.filter((re) => lines.some((l) => re.test(l.text))).length;
    const cards = lines.filter((l) => AUTHOR_COUNT.test(l.text)).length;
    return found < 2 ? 0 : Math.min(1, 0.2 * found) * (cards >= 2 ? 0.3 : 1);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const warn = (line: number, message: string) => result.warnings.push({ file: ctx.file, line, message });
    let d: Draft | null = null;
    let mode: Mode = "head";
    const finish = () => {
      if (!d) return;
      d.rec.abstract = d.abstract.join("\n\n") || null;
      d.rec.publishedAt = publishedAt(d);
      if (d.rec.title || d.rec.abstract || d.rec.arxivId) result.records.push(d.rec);
      else warn(d.rec.source.line, "part of a paper page without a title, ID or abstract");
      d = null;
    };
    const start = (line: Line) => {
      finish();
      d = { rec: emptyRecord({ file: ctx.file, line: line.no, endLine: line.no, format: this.name }), published: null, abstract: [] };
      mode = "head";
      return d;
    };
    lines.forEach((line, i) => {
      const { text, no } = line;
      const chrome = () => result.chrome.push(no);
      const touch = () => d && (d.rec.source.endLine = no);
      const urlId = ID_IN_PAPER_URL.exec(text);
      if (urlId) takeId(d, urlId[1]!);
      let m: RegExpExecArray | null;
      if (mode === "user") [mode] = [chrome(), "head" as Mode].slice(1) as Mode[]; // the submitter's user name
      else if (mode === "boxes" && !SITE_HEADER.test(text) && !ARXIV_MARKER.test(text)) chrome();
      else if (mode === "summary" && !ABSTRACT_HEADING.test(text)) chrome();
      else if ((m = ARXIV_MARKER.exec(text))) takeId(start(line), m[1]!);
      else if (ABSTRACT_HEADING.test(text) && d) [mode] = [touch(), "abstract" as Mode].slice(1) as Mode[];
      else if (SUMMARY_HEADING.test(text)) [mode] = [chrome(), "summary" as Mode].slice(1) as Mode[];
      else if (CITING_BOX.test(text)) [mode] = [chrome(), "boxes" as Mode].slice(1) as Mode[];
      else if ((m = PUBLISHED.exec(text)) && d) {
        d.published = { monthDay: m[1]!, year: m[2] };
        touch();
        mode = "head";
      } else if (SUBMITTED_BY.test(text)) {
        chrome();
        if (/^Submitted by$/i.test(text)) mode = "user";
      } else if ((m = AUTHORS_LABEL.exec(text)) && d) {
        d.rec.authors.push(...parseAuthorList(m[1]!).authors);
        touch();
        mode = "authors";
      } else if (mode === "authors" && /^[,·]$/.test(text)) touch();
      else if (isHfChrome(text)) {
        chrome();
        if (mode !== "head") mode = "head";
      } else if (mode === "abstract" && d) [d.abstract.push(text), touch()];
      else if (mode === "authors" && d) [d.rec.authors.push(...parseAuthorList(text).authors), touch()];
      else if ((!d || d.abstract.length > 0) && titleAhead(lines, i)) start(line).rec.title = text;
      else if (d && !d.rec.title) [(d.rec.title = text), touch()];
      else if (d && !d.abstract.length && looksLikeAuthorLine(text)) [d.rec.authors.push(...parseAuthorList(text).authors), touch()];
      else warn(no, d ? "unrecognised line on a paper page" : "text outside a paper page");
    });
    finish();
    return result;
  },
};
