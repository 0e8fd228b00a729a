// What the generator learns from: the seed dumps read by the importer itself, merged
// into papers, giving abstracts, titles and author names.

import fs from "node:fs";
import path from "node:path";
import { mergeRecords } from "../import/merge";
import { parseDump } from "../import/parse-dump";
import { shownAbstract } from "../import/draft";

export const SEEDS_DIR = path.join(__dirname, "../../seeds");

export type SeedText = { abstracts: string[]; titles: string[]; authors: string[] };

export function loadSeedText(dir = SEEDS_DIR): SeedText {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const dumps = files.map((f) => parseDump(fs.readFileSync(path.join(dir, f), "utf8"), f));
  const { drafts } = mergeRecords(dumps.flatMap((d) => d.records));
  const abstracts = drafts.map(shownAbstract).filter((a): a is string => a !== null && !/(…|\.\.\.)\s*$/.test(a));
  const titles = drafts.map((d) => d.title).filter((t): t is string => t !== null);
  const authors = [...new Set(drafts.flatMap((d) => d.authors))];
  return { abstracts, titles, authors };
}
