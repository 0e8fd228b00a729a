// The search index saved next to the library's database file (`<db>.search-index/`), so
// a restarted server answers its first search after a load of a second or so, not after
// a rebuild: typed arrays in one file, string tables in one JSON file (index-layout.ts),
// FlexSearch's own export of the title and author indexes, and a manifest with the
// library revision the index was built from. Written to a temporary folder, then swapped in whole.

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { prefixIndex } from "./build-search-index";
import type { AbstractSource } from "./document-table";
import { arraysOf, indexFromParts, shapeOf, stringsOf, type IndexShape, type Strings } from "./index-layout";
import type { SearchIndex } from "./search-index";
import { packArrays, readArrays, type ArraysContents } from "./typed-array-file";

const FORMAT = 3;
const PREFIX_FIELDS = ["title", "authors"] as const;

/** `id` is also in strings.json and atop each FlexSearch file: a loader sees one save whole, not parts of two. */
type Manifest = IndexShape & { format: number; id: string; savedAt: string; arraysBytes: number; arrays: ArraysContents };

/** Where the index of the library in `databaseFile` is saved. */
export const snapshotDirOf = (databaseFile: string) => `${databaseFile}.search-index`;

/** Saves `index` as the snapshot in `dir`, replacing any older one. */
export async function saveSnapshot(index: SearchIndex, dir: string): Promise<void> {
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const id = randomUUID();
  await fs.promises.mkdir(temporary, { recursive: true });
  try {
    const { bytes, contents } = packArrays(arraysOf(index));
    await fs.promises.writeFile(path.join(temporary, "arrays.bin"), bytes);
    await fs.promises.writeFile(path.join(temporary, "strings.json"), JSON.stringify(stringsOf(index, id)));
    for (const field of PREFIX_FIELDS) {
      const lines: string[] = [id];
      // An async handler makes FlexSearch hand the chunks out one at a time.
      await index.prefixes[field].export(async (key: string, data: string) => void lines.push(`${key}\t${data}`));
      await fs.promises.writeFile(path.join(temporary, `${field}.flexsearch`), lines.join("\n"));
    }
    const manifest: Manifest = { ...shapeOf(index), format: FORMAT, id, savedAt: new Date().toISOString(), arraysBytes: bytes.length, arrays: contents };
    await fs.promises.writeFile(path.join(temporary, "manifest.json"), JSON.stringify(manifest));
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    if (fs.existsSync(dir)) await fs.promises.rename(dir, old);
    // Another process serving the same library may have saved in between: one save is enough.
    await fs.promises.rename(temporary, dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    });
    await fs.promises.rm(old, { recursive: true, force: true });
  } finally {
    await fs.promises.rm(temporary, { recursive: true, force: true });
  }
}

/** The revision the snapshot in `dir` was built from, or null when there is none usable. */
export function snapshotRevision(dir: string): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
    return manifest.format === FORMAT ? manifest.revision : null;
  } catch {
    return null;
  }
}

/** The index saved in `dir` (results read abstracts from `abstracts`), or null when there is none usable. */
export function loadSnapshot(dir: string, abstracts: AbstractSource): SearchIndex | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT) return null;
  const partOf = (part: string, id: string) => {
    if (id !== manifest.id) throw new Error(`${part} belongs to another save than the manifest (the index was saved again while read)`);
  };
  if (fs.statSync(path.join(dir, "arrays.bin")).size !== manifest.arraysBytes) partOf("arrays.bin", "");
  const a = readArrays(path.join(dir, "arrays.bin"), manifest.arrays) as Record<string, Int32Array>;
  const s = JSON.parse(fs.readFileSync(path.join(dir, "strings.json"), "utf8")) as Strings;
  partOf("strings.json", s.id);
  const prefixes = { title: prefixIndex(), authors: prefixIndex() };
  for (const field of PREFIX_FIELDS) {
    const [id, ...chunks] = fs.readFileSync(path.join(dir, `${field}.flexsearch`), "utf8").split("\n");
    partOf(`${field}.flexsearch`, id!);
    for (const line of chunks) {
      const tab = line.indexOf("\t");
      if (tab > 0) prefixes[field].import(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return indexFromParts(manifest, a, s, prefixes, abstracts);
}
