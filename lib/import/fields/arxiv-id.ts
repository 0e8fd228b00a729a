// arXiv identifiers: new style (2302.11055, 0704.0001, with optional vN) and old style
// (math/0601001, cs.LG/0601001). Parsed into an unversioned id plus version, as
// arxiv-sanity does, and read for the year-month of first submission they encode.

export type ArxivId = { id: string; version: number | null };

// Archive names ("cond-mat", "hep-th") and version numbers are short: bounded, a pasted
// megabyte of letters or digits is not an identifier.
const NEW_STYLE = /^(\d{4})\.(\d{4,5})(?:v(\d{1,4}))?$/;
const OLD_STYLE = /^([a-z-]{2,16}(?:\.[A-Z]{2})?)\/(\d{7})(?:v(\d{1,4}))?$/;

/** Matches an ID anywhere in text, e.g. "arXiv:2302.11055v2" or "abs/2302.11055". */
// An old-style archive starts where a run of [a-z-] starts and is short: otherwise a long
// run without a "/" would be rescanned from each of its characters.
export const ARXIV_ID_IN_TEXT = /(?<![\d.])(\d{4}\.\d{4,5}(?:v\d{1,4})?|(?<![a-z-])[a-z-]{2,16}(?:\.[A-Z]{2})?\/\d{7}(?:v\d{1,4})?)(?![\d])/;

export function parseArxivId(raw: string): ArxivId | null {
  const text = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?(?:arxiv\.org|alphaxiv\.org|huggingface\.co\/papers)\/(?:abs|pdf|papers)?\/?/i, "")
    .replace(/^arxiv:\s*/i, "")
    .replace(/\.pdf$/i, "");
  const m = NEW_STYLE.exec(text);
  if (m) {
    const month = Number(m[1]!.slice(2));
    if (month < 1 || month > 12) return null;
    // Since 2015 (YYMM >= 1501) the sequence number has five digits, before that four.
    const fiveDigits = Number(m[1]) >= 1501;
    if (fiveDigits !== (m[2]!.length === 5)) return null;
    return { id: `${m[1]}.${m[2]}`, version: m[3] ? Number(m[3]) : null };
  }
  const o = OLD_STYLE.exec(text);
  if (o) return { id: `${o[1]}/${o[2]}`, version: o[3] ? Number(o[3]) : null };
  return null;
}

/** "YYYY-MM" of first submission encoded in the ID. */
export function arxivIdMonth(id: string): string | null {
  const digits = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!digits) return null;
  const yy = Number(digits[1]);
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return `${year}-${digits[2]}`;
}
