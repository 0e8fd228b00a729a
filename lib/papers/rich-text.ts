// Text from dumps as safe HTML: $…$ and $$…$$ typeset by KaTeX (untrusted input:
// no \href or \htmlData, bounded expansion and size), everything else escaped, with
// matched search words wrapped in <mark>. A formula KaTeX cannot read stays as text.

import katex from "katex";
import { highlightRanges } from "../search/snippet";

const MATH = /\$\$([^$]{1,2000})\$\$|\$([^$]{1,1000})\$/g;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function textHtml(text: string, terms: string[]): string {
  let out = "";
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

function mathHtml(source: string, display: boolean): string | null {
  try {
    return katex.renderToString(source, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      strict: "ignore",
      maxExpand: 100,
      maxSize: 10,
      output: "htmlAndMathml",
    });
  } catch {
    return null;
  }
}

/** HTML for a title or abstract: formulas typeset, the rest escaped and highlighted. */
export function richTextHtml(text: string, terms: string[] = []): string {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(MATH)) {
    const html = mathHtml((m[1] ?? m[2])!, m[1] !== undefined);
    if (html === null) continue; // stays in the text run, shown as its source
    out += textHtml(text.slice(at, m.index), terms) + html;
    at = m.index + m[0].length;
  }
  return out + textHtml(text.slice(at), terms);
}
