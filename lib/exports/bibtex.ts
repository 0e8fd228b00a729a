// A search's papers as one .bib file: each paper's entry from lib/papers/bibtex, blank
// lines between, and keys made unique (BibTeX rejects a file that repeats a key).

import { bibtexKey, paperBibtex } from "../papers/bibtex";
import type { SearchDocument } from "../search/documents";

/** "abbe2023sgd", then "abbe2023sgdb", "abbe2023sgdc"… for later papers with the same key. */
function uniqueKeys(papers: SearchDocument[]): string[] {
  const used = new Set<string>();
  return papers.map((paper) => {
    const base = bibtexKey(paper);
    let key = base;
    for (let n = 1; used.has(key); n++) key = `${base}${suffix(n)}`;
    used.add(key);
    return key;
  });
}

/** 1 → "b", 25 → "z", 26 → "ba": a letter suffix that never runs out. */
function suffix(n: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let out = "";
  for (let i = n; i > 0; i = Math.floor(i / 26)) out = letters[i % 26] + out;
  return out;
}

export function papersBibtex(papers: SearchDocument[]): string {
  const keys = uniqueKeys(papers);
  return papers
    .map((paper, i) => {
      const entry = paperBibtex(paper);
      const key = bibtexKey(paper);
      return keys[i] === key ? entry : entry.replace(`@misc{${key},`, `@misc{${keys[i]},`);
    })
    .join("\n");
}
