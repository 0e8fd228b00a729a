// Parses one dump (a file's text) with the detected or requested layout and checks that
// every non-empty line is accounted for: in a record, recognised chrome, or a warning.
// A record the schema refuses (a 5,000-character "title" is no title) is left out with a
// warning naming its lines, so one broken entry never sinks the rest of the paste.

import { splitLines } from "./lines";
import { recordProblem } from "./record-schema";
import { detectLayout, findLayout } from "./registry";
import type { ParseResult, ParseWarning } from "./types";

export type ParsedDump = ParseResult & { file: string; format: string; lineCount: number };

function lineRange(line: number, endLine: number): string {
  return line === endLine ? `line ${line}` : `lines ${line}–${endLine}`;
}

export function parseDump(text: string, file: string, format?: string): ParsedDump {
  const lines = splitLines(text);
  const layout = format ? findLayout(format, file) : detectLayout(lines, file);
  const result = layout.parse(lines, { file });
  const covered = new Set(result.chrome);
  const leftOut: ParseWarning[] = [];
  result.records = result.records.filter((r) => {
    for (let n = r.source.line; n <= r.source.endLine; n++) covered.add(n);
    const problem = recordProblem(r);
    if (problem) leftOut.push({ file, line: r.source.line, message: `entry at ${lineRange(r.source.line, r.source.endLine)} left out: ${problem}` });
    return !problem;
  });
  result.warnings = result.warnings.concat(leftOut);
  for (const w of result.warnings) covered.add(w.line);
  for (const line of lines) {
    if (!covered.has(line.no)) result.warnings.push({ file, line: line.no, message: `line not used by the ${layout.name} layout` });
  }
  result.warnings.sort((a, b) => a.line - b.line);
  return { ...result, file, format: layout.name, lineCount: lines.length };
}
