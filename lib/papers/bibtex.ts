// A paper's BibTeX entry, laid out as arXiv's "Export BibTeX citation" writes it, so an
// entry copied from here and one copied from arXiv diff cleanly. Nothing is invented:
// an untitled paper has no title field, an ID-less one no eprint.
import { arxivIdMonth } from "../import/fields/arxiv-id";

export type BibtexPaper = {
  arxivId: string | null;
  title: string | null;
  authors: { name: string }[];
  authorsTruncated: boolean;
  publishedAt: string | null;
  categories: string[];
};

const INDENT = "      ";

/** "boixadsera2023transformers": first author's surname, year, first title word. */
export function bibtexKey(paper: BibtexPaper): string {
  const surname = paper.authors[0]?.name.trim().split(/\s+/).at(-1) ?? "";
  // LaTeX commands go, formula letters stay: "$k$-Means" gives "kmeans".
  const firstWord = (paper.title ?? "").replace(/\\[a-zA-Z]+/g, "").split(/\s+/).map(letters).find(Boolean) ?? "";
  return `${letters(surname) || "anonymous"}${bibtexYear(paper) ?? ""}${firstWord}`;
}

export function paperBibtex(paper: BibtexPaper): string {
  const year = bibtexYear(paper);
  const authors = paper.authors.map((a) => bibtexText(a.name));
  if (paper.authorsTruncated && authors.length > 0) authors.push("others");
  // arXiv only names one primaryClass; we store categories unordered, so name it
  // only when there is a single one rather than guess.
  const primary = paper.categories.length === 1 ? paper.categories[0] : undefined;
  // arXiv leaves a space after the title's and url's commas; kept for identical output.
  const fields: [string, string | undefined, string?][] = [
    ["title", paper.title ? bibtexText(paper.title) : undefined, " "],
    ["author", authors.length ? authors.join(" and ") : undefined],
    ["year", year ?? undefined],
    ["eprint", paper.arxivId ?? undefined],
    ["archivePrefix", paper.arxivId ? "arXiv" : undefined],
    ["primaryClass", paper.arxivId ? primary : undefined],
    ["url", paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : undefined, " "],
  ];
  const lines = fields.flatMap(([name, value, after = ""]) => (value ? [`${INDENT}${name}={${value}},${after}`] : []));
  return `@misc{${bibtexKey(paper)},\n${lines.join("\n")}\n}\n`;
}

function bibtexYear(paper: BibtexPaper): string | null {
  const date = paper.publishedAt ?? (paper.arxivId ? arxivIdMonth(paper.arxivId) : null);
  return date && /^\d{4}/.test(date) ? date.slice(0, 4) : null;
}

/** Lowercase ASCII letters only: "Boix-Adserà" → "boixadsera". */
function letters(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
}

/** A field value that keeps BibTeX's braces balanced and LaTeX's specials literal
 * outside math; formulas ($…$) pass through for LaTeX to typeset. */
export function bibtexText(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const escaped = oneLine
    .split(/(\$[^$]*\$)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<!\\)([&%#_])/g, "\\$1")))
    .join("");
  if (bracesBalance(escaped)) return escaped;
  // BibTeX counts every brace, escaped or not, so stray ones become text commands.
  return escaped.replace(/\\?\{/g, "\\textbraceleft ").replace(/\\?\}/g, "\\textbraceright ");
}

function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === "{") depth++;
    else if (c === "}" && --depth < 0) return false;
  }
  return depth === 0;
}
