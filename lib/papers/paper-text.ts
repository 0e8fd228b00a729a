// Plain-text words about a paper for places that cannot typeset (link previews, the
// untitled marker, feeds): an abstract's first words, a description, a title that never
// lies, a date as people read it.

/** The first `words` words of an abstract, with "…" when it goes on. */
export function abstractExcerpt(abstract: string | null, words = 12): string {
  const all = (abstract ?? "").trim().split(/\s+/).filter(Boolean);
  if (all.length <= words) return all.join(" ");
  return `${all.slice(0, words).join(" ").replace(/[,;:.]+$/, "")}…`;
}

/** The title; for an untitled paper a label that says so, then its abstract's start. */
export function plainTitle(paper: { title: string | null; abstract: string | null }): string {
  if (paper.title?.trim()) return paper.title.trim();
  return paper.abstract ? `Untitled: ${abstractExcerpt(paper.abstract)}` : "Untitled";
}

/** About two sentences of the abstract, cut at a word, for link previews. */
export function paperDescription(abstract: string | null, maxChars = 200): string | undefined {
  const text = abstract?.replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), maxChars / 2));
  return `${atWord.replace(/[,;:.]+$/, "")}…`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2023-06-12" → "12 Jun 2023", "2023-06" → "Jun 2023"; anything else as stored. */
export function formatPublishedAt(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return value;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}
