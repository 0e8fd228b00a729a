// Layout "abstract-lines": one abstract per entry, each starting with "Abstract:", and
// nothing else (no titles, authors or IDs). A line without the prefix continues the
// abstract above it (a pasted paragraph break).

import { emptyRecord, type LayoutParser, type Line, type ParsedRecord, type ParseResult } from "../types";

const PREFIX = /^abstract\s*[:.]\s*/i;

export const abstractLinesLayout: LayoutParser = {
  name: "abstract-lines",
  description: "Abstracts only, each starting with 'Abstract:'",

  detect(lines: Line[]): number {
    if (lines.length === 0 || !PREFIX.test(lines[0]!.text)) return 0;
    const marked = lines.filter((l) => PREFIX.test(l.text) && l.text.length > 60).length;
    return Math.min(1, marked / lines.length + 0.1);
  },

  parse(lines, ctx): ParseResult {
    const result: ParseResult = { records: [], warnings: [], chrome: [] };
    let current: ParsedRecord | null = null;
    for (const line of lines) {
      if (PREFIX.test(line.text)) {
        const text = line.text.replace(PREFIX, "");
        current = emptyRecord({ file: ctx.file, line: line.no, endLine: line.no, format: this.name });
        current.abstract = text || null;
        result.records.push(current);
      } else if (current) {
        current.abstract = current.abstract ? `${current.abstract}\n\n${line.text}` : line.text;
        current.source.endLine = line.no;
      } else {
        result.warnings.push({ file: ctx.file, line: line.no, message: "text before the first 'Abstract:' line" });
      }
    }
    result.records = result.records.filter((r) => {
      if (r.abstract) return true;
      result.warnings.push({ file: ctx.file, line: r.source.line, message: "empty abstract" });
      return false;
    });
    return result;
  },
};
