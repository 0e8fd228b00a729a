// Layout "hf-paper": a Hugging Face paper page (huggingface.co/papers/ID) copied whole:
// "arxiv:ID", the title, "Published on Apr 7, 2023", the authors (one per line between
// "," lines, or "Authors: A, B"), the "Abstract" heading and text, then the boxes of
// models, datasets, spaces and collections citing the paper, which are all chrome.

import { arxivIdMonth, parseArxivId } from "../fields/arxiv-id";
import { MONTH_NAME, parseDate } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { looksLikeAuthorLine, readAuthorLine } from "./author-line";
import { ID_IN_PAPER_URL, isHfChrome, SUBMITTED_BY } from "./hf-chrome";

// "arxiv:2304.03843" under the menu, or the page's URL pasted on a line of its own.
const ARXIV_MARKER = /^(?:arxiv:\s?|(?:https?:\/\/)?(?:www\.)?huggingface\.co\/papers\/)(\S{1,40})$/i;
const PUBLISHED = new RegExp(`^Published on (${MONTH_NAME} \\d{1,2})(?:, (\\d{4}))?$`, "i");
const AUTHORS_LABEL = /^Authors?:(.*)$/i; // the value is trimmed by readAuthorLine
const ABSTRACT_HEADING = /^Abstract$/i;
const SUMMARY_HEADING = /^AI-generated summary$/i;
// The boxes under the paper: everything from here to the next page is chrome.
const CITING_BOX = /^(?:(?:Models|Datasets|Spaces) citing this paper|Collections including this paper)$/i;
const SITE_HEADER = /^Hugging Face's logo$/i;
const AUTHOR_COUNT = /^(?:·\s?)?\d{1,4} authors?$/i; // a paper list's cards, not a paper page

type Mode = "head" | "authors" | "abstract" | "summary" | "user" | "boxes";
type Draft = { rec: ParsedRecord; published: { monthDay: string; year: string | undefined } | null; abstract: string[] };

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
    let d: Draft | null = null;
    let mode: Mode = "head";
    const finish = () => {
      if (d && (d.rec.title || d.abstract.length || d.rec.arxivId)) {
        d.rec.abstract = d.abstract.join("\n\n") || null;
        d.rec.publishedAt = publishedAt(d);
        result.records.push(d.rec);
      } else if (d) result.warnings.push({ file: ctx.file, line: d.rec.source.line, message: "part of a paper page without a title, ID or abstract" });
    };
    const start = (line: Line): Draft => {
      finish();
      mode = "head";
      return (d = { rec: emptyRecord({ file: ctx.file, line: line.no, endLine: line.no, format: this.name }), published: null, abstract: [] });
    };
    /** The submitter's name after "Submitted by", an AI summary, the boxes under the paper. */
    const swallowed = (text: string): boolean =>
      mode === "user" || (mode === "boxes" && !SITE_HEADER.test(text) && !ARXIV_MARKER.test(text)) || (mode === "summary" && !ABSTRACT_HEADING.test(text));
    /** Reads one line into the page being read; says which bucket the line went to. */
    const read = (line: Line, i: number): "record" | "chrome" | "unknown" => {
      const { text } = line;
      const marker = ARXIV_MARKER.exec(text);
      if (swallowed(text)) {
        if (mode === "user") mode = "head";
        return "chrome";
      }
      if (SUBMITTED_BY.test(text) || SUMMARY_HEADING.test(text) || CITING_BOX.test(text)) {
        if (!SUBMITTED_BY.test(text)) mode = SUMMARY_HEADING.test(text) ? "summary" : "boxes";
        else if (/^Submitted by$/i.test(text)) mode = "user";
        return "chrome";
      }
      if (marker) {
        takeId(!d || d.rec.title || d.abstract.length ? start(line) : d, marker[1]!);
        return "record";
      }
      if (mode === "authors" && /^[,·]$/.test(text)) return "record";
      if (isHfChrome(text)) {
        mode = "head";
        return "chrome";
      }
      if (d && mode === "abstract") {
        d.abstract.push(text);
        return "record";
      }
      if (!d || d.abstract.length > 0) {
        if (!titleAhead(lines, i)) return "unknown";
        start(line).rec.title = text;
        return "record";
      }
      const published = PUBLISHED.exec(text);
      const authors = AUTHORS_LABEL.exec(text);
      if (ABSTRACT_HEADING.test(text)) mode = "abstract";
      else if (published) [d.published, mode] = [{ monthDay: published[1]!, year: published[2] }, "head"];
      else if (authors) [d.rec.authors, mode] = [readAuthorLine(authors[1]!).authors, "authors"];
      else if (!d.rec.title) d.rec.title = text;
      else if (mode === "authors" || looksLikeAuthorLine(text)) d.rec.authors = d.rec.authors.concat(readAuthorLine(text).authors); // push(...list) overflows the stack on a huge line
      else return "unknown";
      return "record";
    };
    lines.forEach((line, i) => {
      const bucket = read(line, i);
      const urlId = ID_IN_PAPER_URL.exec(line.text); // also in chrome: "Cite arxiv.org/abs/ID in a model README.md"
      if (urlId) takeId(d, urlId[1]!);
      if (bucket === "chrome") result.chrome.push(line.no);
      else if (bucket === "record") d!.rec.source.endLine = line.no;
      else result.warnings.push({ file: ctx.file, line: line.no, message: d ? "unrecognised line on a paper page" : "text outside a paper page" });
    });
    finish();
    return result;
  },
};
