// The seed dumps as the related-papers computation sees a library: parsed and merged by
// the importer, one paper per draft (id = its index), its longest abstract as the text.

import fs from "node:fs";
import path from "node:path";
import { mergeRecords } from "../import/merge";
import { parseDump } from "../import/parse-dump";
import type { RelatedInput } from "./related-papers";

export const SEEDS_DIR = path.join(__dirname, "../../seeds");

export function loadSeedPapers(dir = SEEDS_DIR): RelatedInput[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(dir, f));
  const dumps = files.map((f) => parseDump(fs.readFileSync(f, "utf8"), path.basename(f)));
  const { drafts } = mergeRecords(dumps.flatMap((d) => d.records));
  return drafts.map((d, id) => {
    const longest = d.abstracts.reduce<string | null>((best, a) => (best && best.length >= a.text.length ? best : a.text), null);
    return { id, title: d.title, abstract: longest };
  });
}
