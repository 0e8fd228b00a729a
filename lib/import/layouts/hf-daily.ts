// Layout "hf-daily": Hugging Face's daily or trending paper lists. Per card: "Submitted by"
// and a user name, upvote and comment counts, the title, "· 5 authors", "Published on
// Jun 12, 2023" (or a bare "Jun 12"), perhaps an abstract snippet and "Paper page".
//
// Authors stay empty: a card shows avatars and a count, never the names. Where it shows a
// count, authorsTruncated is true, so that merge never reads the empty list as complete.
// A date without a year stays null: a card carries no arXiv ID to take the year from.

import { MONTH_NAME, parseDate } from "../fields/dates";
import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";
import { isHfChrome, SUBMITTED_BY } from "./hf-chrome";

const AUTHOR_COUNT = /^(?:·\s?)?\d{1,4} authors?$/i;
const CARD_DATE = new RegExp(`^(?:Published on )?(${MONTH_NAME} \\d{1,2})(?:, (\\d{4}))?$`, "i");

type Card = { rec: ParsedRecord; submitter: boolean; count: boolean; date: boolean };

/** An abstract snippet rather than the next card's title: long prose, often cut with "…". */
const isSnippet = (text: string) => text.length >= 150 || (text.length >= 60 && /[.…]$/.test(text));

export const hfDailyLayout: LayoutParser = {
  name: "hf-daily",
  description: "Hugging Face daily / trending paper lists: title, author count, date, snippet",

  detect(lines: Line[]): number {
    const cards = lines.filter((l) => AUTHOR_COUNT.test(l.text)).length;
    return cards === 0 ? 0 : Math.min(1, 0.3 + 0.15 * cards);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    const warn = (line: number, message: string) => result.warnings.push({ file: ctx.file, line, message });
    const finish = (card: Card | null) => {
      if (card?.rec.title && (card.count || card.date || card.submitter || card.rec.abstract)) result.records.push(card.rec);
      else if (card) warn(card.rec.source.line, card.rec.title ? "text outside a paper card" : "a paper card without a title");
    };
    const newCard = (line: Line): Card => {
      const rec = emptyRecord({ file: ctx.file, line: line.no, endLine: line.no, format: this.name });
      return { rec, submitter: false, count: false, date: false };
    };
    let card: Card | null = null;
    let userNext = false; // after "Submitted by" alone, the user name

    for (const line of lines) {
      const { text, no } = line;
      const date = CARD_DATE.exec(text);
      if (userNext || SUBMITTED_BY.test(text)) {
        // A card shows its submitter first, or last after its count or date.
        const closesCard = card && !card.submitter && (card.count || card.date);
        if (!userNext && !closesCard) {
          finish(card);
          card = newCard(line);
        }
        if (card) card.submitter = true;
        userNext = !userNext && /^Submitted by$/i.test(text);
        result.chrome.push(no);
        continue;
      }
      if (AUTHOR_COUNT.test(text) && card?.rec.title && !card.count) {
        card.count = true;
        card.rec.authorsTruncated = true;
      } else if (date && card?.rec.title && !card.date) {
        card.date = true;
        card.rec.publishedAt = date[2] ? parseDate(`${date[1]}, ${date[2]}`) : null;
      } else if (isHfChrome(text) || (date && !text.startsWith("Published"))) {
        result.chrome.push(no); // counters, buttons, and the page's own date ("Jun 13")
        continue;
      } else if (AUTHOR_COUNT.test(text) || date) {
        warn(no, "author count or date outside a paper card");
        continue;
      } else if (card && !card.rec.title) {
        card.rec.title = text;
      } else if (card && !card.rec.abstract && (card.count || card.date) && isSnippet(text)) {
        card.rec.abstract = text;
      } else {
        finish(card);
        card = newCard(line);
        card.rec.title = text;
      }
      card.rec.source.endLine = no;
    }
    finish(card);
    return result;
  },
};
