// Turns pasted text into numbered, trimmed, non-blank lines: CRLF/CR line ends, a BOM,
// trailing spaces, non-breaking spaces and control characters never reach a parser.

import type { Line } from "./types";

// Control characters other than tab; NUL and friends are dropped, not kept as text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const cleaned = raw[i]!.replace(CONTROL, "").replace(/[\u00A0\t]/g, " ").trim();
    if (cleaned) lines.push({ no: i + 1, text: cleaned });
  }
  return lines;
}
