// Author lists as listings print them: "A. Name, B. Name et al. · org", "A and B",
// "Authors: A, B". Also what a person's name looks like, and the key that makes
// "Boix-Adsera" and "Boix Adserà" one author while different initials stay apart.

export type AuthorList = { authors: string[]; truncated: boolean; organization: string | null };

const ET_AL = /(?:,\s*)?\bet\s+al\.?$/i;

/** Removes a trailing " · organisation" and "et al." from an author list. */
export function stripListSuffixes(raw: string): { body: string; truncated: boolean; organization: string | null } {
  let body = raw.trim().replace(/^authors?:\s*/i, "");
  let organization: string | null = null;
  const dot = body.lastIndexOf(" · ");
  if (dot >= 0) {
    organization = body.slice(dot + 3).trim() || null;
    body = body.slice(0, dot).trim();
  }
  const truncated = ET_AL.test(body);
  if (truncated) body = body.replace(ET_AL, "").trim();
  return { body, truncated, organization };
}

/**
 * Whitespace runs as one space. Only runs and non-space whitespace are matched, so text
 * already collapsed costs no replacement per space (a megabyte of "a a a …" has 500k).
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ");
}

/** Splits "A, B and C" into names. */
export function splitNames(body: string): string[] {
  // Collapse whitespace first: "\s*" around the separators backtracks quadratically
  // over long runs of spaces. After it, a part has at most a space at either end.
  return collapseSpaces(body)
    .split(/ ?(?:,|;|\band\b|&) ?/)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}

export function parseAuthorList(raw: string): AuthorList {
  const { body, truncated, organization } = stripListSuffixes(raw);
  return { authors: splitNames(body), truncated, organization };
}

// One word of a name: "Enric", "Boix-Adsera", "McCabe", "O'Neil", "d'Aspremont", an
// initial "H." or "J.-P.", or a particle ("van", "de", "von", "der", "la").
const NAME_WORD =
  /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|(?:Mc|Mac|O'|D'|d'|De|Di|Le|La)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*|van|von|de|der|den|del|della|da|dos|du|la|le|ten|ter|bin|al|el)$/u;

// Longer than any name (the record schema's bound): not split into words at all, so a
// megabyte of "a a a …" costs no half-million-word array.
const MAX_NAME_LENGTH = 200;

/** True when the text reads as one person's name (2 to 6 words, each a name word). */
export function looksLikePersonName(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** Identity key of a name: case, accents, hyphens, dots and spacing folded. */
export function authorKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, "");
}

/** URL slug: lowercased, accents removed, other runs turned into "-". */
export function authorSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, ""); // runs are single hyphens by now; "-+$" would rescan each run
}
