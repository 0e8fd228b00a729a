// Layout "hf-search": a Hugging Face Papers search page. Page chrome ("Get trending
// papers in your email inbox!", "Subscribe"), then per paper a short title line and a
// long abstract line. Copying glues the first title to the chrome word before it.

import { emptyRecord, type LayoutParser, type Line, type ParseResult } from "../types";

// Text of the page's own interface, never a paper.
const CHROME_LINE =
  /^(get trending papers in your email inbox( once a day)?!?|subscribe|hugging face|models|datasets|spaces|docs|pricing|log ?in|sign ?up|papers|daily papers|trending papers|search|search any paper with ai|submit|previous|next|load more|view all|new|upvote|collections?|community|enterprise|(\d+\s+)?results?( for .*)?)$/i;
// Chrome words that a copy can glue to the title after them ("SubscribeComputational...").
const GLUED_CHROME = /^(Subscribe|Sign Up|Log In|Search)(?=\p{Lu})/u;

const isTitle = (text: string) => text.length >= 3 && text.length <= 300 && !/[.;]$/.test(text);
const isAbstract = (text: string) => text.length >= 120;

export const hfSearchLayout: LayoutParser = {
  name: "hf-search",
  description: "Hugging Face Papers search results: title lines and abstract lines",

  detect(lines: Line[]): number {
    const body = lines.filter((l) => !CHROME_LINE.test(l.text));
    if (body.length < 2) return 0;
    if (body.some((l) => /^abstract\s*:/i.test(l.text) || /arXiv:\d{4}\.\d{4,5}/.test(l.text))) return 0.1;
    let paired = 0;
    for (let i = 0; i + 1 < body.length; i++) {
      const title = body[i]!.text.replace(GLUED_CHROME, "");
      if (isTitle(title) && isAbstract(body[i + 1]!.text)) paired += 2;
    }
    const chromeBonus = lines.some((l) => /trending papers|hugging ?face/i.test(l.text)) ? 0.15 : 0;
    return Math.min(1, 0.8 * (paired / body.length) + chromeBonus);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (CHROME_LINE.test(line.text)) {
        result.chrome.push(line.no);
        continue;
      }
      const title = line.text.replace(GLUED_CHROME, "").trim();
      const next = lines[i + 1];
      if (isTitle(title) && next && isAbstract(next.text) && !CHROME_LINE.test(next.text)) {
        const record = emptyRecord({ file: ctx.file, line: line.no, endLine: next.no, format: this.name });
        record.title = title;
        record.abstract = next.text;
        result.records.push(record);
        i++;
      } else if (isAbstract(line.text)) {
        result.warnings.push({ file: ctx.file, line: line.no, message: "abstract without a title line before it; skipped" });
      } else {
        result.warnings.push({ file: ctx.file, line: line.no, message: "short line not followed by an abstract; not a paper title?" });
      }
    }
    return result;
  },
};
