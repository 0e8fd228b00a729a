// The first words of an abstract, to name a paper no source gave a title to ("Untitled: …").

const EXCERPT_WORDS = 12;

export function abstractExcerpt(abstract: string | null, words = EXCERPT_WORDS): string {
  const all = (abstract ?? "").trim().split(/\s+/).filter(Boolean);
  if (all.length <= words) return all.join(" ");
  return `${all.slice(0, words).join(" ").replace(/[,;:.]+$/, "")}…`;
}

/** The title, or a label that says the paper is untitled (never an invented title). */
export function displayTitle(title: string | null, abstract: string | null): string {
  if (title?.trim()) return title.trim();
  const excerpt = abstractExcerpt(abstract);
  return excerpt ? `Untitled: ${excerpt}` : "Untitled";
}
