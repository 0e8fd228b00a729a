// Turns pasted text into numbered, trimmed, non-blank lines: CRLF/CR line ends, a BOM,
// trailing spaces, non-breaking spaces, Unicode line separators and control characters
// never reach a parser.

import type { Line } from "./types";

// Control characters (C0 other than tab, DEL, C1 other than NEL); NUL and friends are
// dropped, not kept as text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// Separators that read as a space inside a line. U+2028/U+2029 and NEL would otherwise
// end a line for the regex "." and "$" (while editors number lines without them), which
// leaves patterns such as /:\s*(.*)$/ to fail only after retrying every split.
const SPACE_LIKE = /[\u00A0\t\u0085\u2028\u2029]/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const cleaned = raw[i]!.replace(CONTROL, "").replace(SPACE_LIKE, " ").trim();
    if (cleaned) lines.push({ no: i + 1, text: cleaned });
  }
  return lines;
}
