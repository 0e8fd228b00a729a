// Plain-text words about a paper for places that cannot typeset (link previews, the
// untitled marker): an abstract's first words, a description, a title that never lies.

/** The first `words` words of an abstract, with "…" when it goes on. */
export function abstractExcerpt(abstract: string, words: number): string {
  const all = abstract.trim().split(/\s+/).filter(Boolean);
  if (all.length <= words) return all.join(" ");
  return `${all.slice(0, words).join(" ").replace(/[,;:.]+$/, "")}…`;
}

/** The title; for an untitled paper a label that says so, then its abstract's start. */
export function plainTitle(paper: { title: string | null; abstract: string | null }): string {
  if (paper.title) return paper.title;
  return paper.abstract ? `Untitled: ${abstractExcerpt(paper.abstract, 15)}` : "Untitled paper";
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
