// Layout "abstract-id-list": a listing of abstracts, each with an optional comments
// line ("10 pages") and an "arXiv:NNNN.NNNNN" marker, where a marker is often glued to
// the next entry's text. Which abstract a marker belongs to is decided from structure:
// a file that ends on a marker and opens with text has markers that close their entries
// (abstract, comments, ID); one that opens with a marker has markers that open them.

import { parseArxivId } from "../fields/arxiv-id";
import { emptyRecord, type LayoutParser, type Line, type ParseResult } from "../types";

const MARKER = /arXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/g;
const COMMENT_WORDS =
  /\b(\d+\s*(pages?|figures?|tables?|pp)|appendix|accepted|to appear|preprint|camera[- ]ready|workshop|conference|proceedings|journal|version|submitted|comments?|feedback|code (is )?available|neurips|icml|iclr|colt|aistats|alt|uai|aaai|ijcai|acl|emnlp|cvpr)\b/i;

type Token = { kind: "id"; raw: string; line: number } | { kind: "text"; text: string; line: number };

function tokenize(lines: Line[]): Token[] {
  const tokens: Token[] = [];
  for (const line of lines) {
    let last = 0;
    for (const m of line.text.matchAll(MARKER)) {
      const before = line.text.slice(last, m.index).trim();
      if (before) tokens.push({ kind: "text", text: before, line: line.no });
      tokens.push({ kind: "id", raw: m[1]!, line: line.no });
      last = m.index + m[0].length;
    }
    const rest = line.text.slice(last).trim();
    if (rest) tokens.push({ kind: "text", text: rest, line: line.no });
  }
  return tokens;
}

/** A short line such as "27 pages, 11 figures, preprint" rather than abstract prose. */
export function looksLikeComment(text: string): boolean {
  if (text.length > 300) return false;
  if (COMMENT_WORDS.test(text)) return true;
  return text.length < 100 && !/[.!?]$/.test(text) && !/^[a-z]/.test(text);
}

type Entry = { id: Extract<Token, { kind: "id" }> | null; texts: Extract<Token, { kind: "text" }>[] };

function groupEntries(tokens: Token[]): Entry[] {
  const markersOpen = tokens[0]?.kind === "id" && tokens[tokens.length - 1]?.kind !== "id";
  const entries: Entry[] = [];
  let current: Entry = { id: null, texts: [] };
  for (const token of tokens) {
    if (token.kind === "text") {
      current.texts.push(token);
    } else if (markersOpen) {
      if (current.id || current.texts.length) entries.push(current);
      current = { id: token, texts: [] };
    } else {
      entries.push({ ...current, id: token });
      current = { id: null, texts: [] };
    }
  }
  if (current.id || current.texts.length) entries.push(current);
  return entries;
}

export const abstractIdListLayout: LayoutParser = {
  name: "abstract-id-list",
  description: "Abstracts with optional comments lines and arXiv:ID markers",

  detect(lines: Line[]): number {
    const markers = lines.filter((l) => /arXiv:\s?\d{4}\.\d{4,5}/.test(l.text)).length;
    if (markers === 0) return 0;
    if (lines.some((l) => /^(title|authors?|subjects?|abstract)\s*:/i.test(l.text))) return 0.1;
    const prose = lines.filter((l) => l.text.length > 150 || looksLikeComment(l.text.replace(MARKER, "").trim())).length;
    return 0.85 * (prose / lines.length) * Math.min(1, (markers * 3) / lines.length);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    for (const entry of groupEntries(tokenize(lines))) {
      const first = entry.texts[0]?.line ?? entry.id!.line;
      const lastLine = Math.max(entry.id?.line ?? 0, entry.texts.at(-1)?.line ?? 0);
      const record = emptyRecord({ file: ctx.file, line: first, endLine: lastLine, format: this.name });
      const texts = entry.texts.map((t) => t.text);
      if (texts.length > 1 && looksLikeComment(texts[texts.length - 1]!)) record.comments = texts.pop()!;
      record.abstract = texts.join("\n\n") || null;
      if (entry.id) {
        const parsed = parseArxivId(entry.id.raw);
        if (parsed) {
          record.arxivId = parsed.id;
          record.arxivVersion = parsed.version;
        } else {
          result.warnings.push({ file: ctx.file, line: entry.id.line, message: `not a valid arXiv ID: ${entry.id.raw.slice(0, 40)}` });
        }
      }
      if (!record.abstract) {
        result.warnings.push({ file: ctx.file, line: first, message: `arXiv marker without an abstract${record.arxivId ? ` (${record.arxivId})` : ""}` });
        continue;
      }
      result.records.push(record);
    }
    return result;
  },
};
