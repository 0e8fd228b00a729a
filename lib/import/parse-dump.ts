// Parses one dump (a file's text) with the detected or requested layout and checks that
// every non-empty line is accounted for: in a record, recognised chrome, or a warning.

import { splitLines } from "./lines";
import { detectLayout, findLayout } from "./registry";
import type { ParseResult } from "./types";

export type ParsedDump = ParseResult & { file: string; format: string; lineCount: number };

export function parseDump(text: string, file: string, format?: string): ParsedDump {
  const lines = splitLines(text);
  const layout = format ? findLayout(format) : detectLayout(lines, file);
  const result = layout.parse(lines, { file });
  const covered = new Set(result.chrome);
  for (const w of result.warnings) covered.add(w.line);
  for (const r of result.records) for (let n = r.source.line; n <= r.source.endLine; n++) covered.add(n);
  for (const line of lines) {
    if (!covered.has(line.no)) result.warnings.push({ file, line: line.no, message: `line not used by the ${layout.name} layout` });
  }
  result.warnings.sort((a, b) => a.line - b.line);
  return { ...result, file, format: layout.name, lineCount: lines.length };
}
