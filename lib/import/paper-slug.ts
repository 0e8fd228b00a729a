// Readable, stable URL keys for papers: the first words of the title (or, untitled,
// of the abstract). Given once when a paper is stored and never recomputed.

const MAX_WORDS = 8;

export function paperSlugBase(title: string | null, abstract: string | null): string {
  const source = title ?? abstract ?? "paper";
  const words = source
    .replace(/\$[^$]*\$/g, " ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  const base = words.join("-") || "paper";
  // An arXiv-ID-shaped slug would collide with the ID permalinks.
  return /^\d{4}-\d{4,5}$/.test(base) ? `paper-${base}` : base;
}
