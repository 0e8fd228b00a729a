// Layout "alphaxiv-feed": per paper, a category code glued to a date ("LGJun 12, 2023"),
// a line with the title glued to the author list (optionally "et al." and "· org"),
// then the abstract. Names seen in any entry help split every other entry's title line.

import { normalizeCategory } from "../fields/categories";
import { MONTH_NAME, parseDate } from "../fields/dates";
import { authorKey, parseAuthorList } from "../fields/authors";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { splitTitleAndAuthors } from "./title-author-split";

const HEADER = new RegExp(`^((?:[a-z-]+\\.)?[A-Z]{2})\\s?(${MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4})$`);
// Counters and buttons such feeds show between entries.
const CHROME_LINE = /^(\d+[kK]?|bookmark|share|views?|\d+\s+views?|comments?|pdf|blog|resources?)$/i;

type Entry = { header: Line; titleLine: Line | null; body: Line[] };

function groupEntries(lines: Line[], result: ParseResult, file: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const line of lines) {
    if (HEADER.test(line.text)) {
      current = { header: line, titleLine: null, body: [] };
      entries.push(current);
    } else if (CHROME_LINE.test(line.text)) {
      result.chrome.push(line.no);
    } else if (!current) {
      result.warnings.push({ file, line: line.no, message: "text before the first category/date line" });
    } else if (!current.titleLine) {
      current.titleLine = line;
    } else {
      current.body.push(line);
    }
  }
  return entries;
}

/** Author keys of every non-first author in the file: names seen without glue. */
function namesSeenUnglued(entries: Entry[]): Set<string> {
  const names = new Set<string>();
  for (const e of entries) {
    if (!e.titleLine) continue;
    for (const name of parseAuthorList(e.titleLine.text).authors.slice(1)) names.add(authorKey(name));
  }
  return names;
}

export const alphaxivFeedLayout: LayoutParser = {
  name: "alphaxiv-feed",
  description: "Feed cards: category+date line, title glued to authors, abstract",

  detect(lines: Line[]): number {
    const headers = lines.filter((l) => HEADER.test(l.text)).length;
    if (headers === 0) return 0;
    return Math.min(1, (headers * 3) / lines.length + 0.05);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const entries = groupEntries(lines, result, ctx.file);
    const known = namesSeenUnglued(entries);
    for (const entry of entries) {
      const [, code, date] = HEADER.exec(entry.header.text)!;
      const last = entry.body.at(-1) ?? entry.titleLine ?? entry.header;
      const record: ParsedRecord = emptyRecord({ file: ctx.file, line: entry.header.no, endLine: last.no, format: this.name });
      record.publishedAt = parseDate(date!);
      const category = normalizeCategory(code!);
      if (category) record.categories = [category];
      else result.warnings.push({ file: ctx.file, line: entry.header.no, message: `unknown arXiv category code "${code!.slice(0, 40)}"` });
      if (!entry.titleLine) {
        result.warnings.push({ file: ctx.file, line: entry.header.no, message: "category/date line without a title line after it" });
        continue;
      }
      const split = splitTitleAndAuthors(entry.titleLine.text, known);
      if (split) {
        record.title = split.title;
        record.authors = split.authors;
        record.authorsTruncated = split.truncated;
        record.organization = split.organization;
      } else {
        record.title = entry.titleLine.text;
        result.warnings.push({ file: ctx.file, line: entry.titleLine.no, message: "could not tell the title from the author list; kept the whole line as title" });
      }
      record.abstract = entry.body.map((l) => l.text).join("\n\n") || null;
      result.records.push(record);
    }
    return result;
  },
};
