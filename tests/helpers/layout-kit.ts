// Shared by the layout parser tests: fixtures and seeds as lines, and the check that a
// parse accounts for every line (in a record's range, chrome, or a warning).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { splitLines } from "../../lib/import/lines";
import type { Line, ParseResult } from "../../lib/import/types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LAYOUT_FIXTURES = join(ROOT, "tests", "fixtures", "layouts");

export function fixtureLines(name: string): Line[] {
  return splitLines(readFileSync(join(LAYOUT_FIXTURES, `${name}.txt`), "utf8"));
}

/** Every seed dump and every layout fixture other than `except`, by name. */
export function otherDumps(except: string): { name: string; lines: Line[] }[] {
  const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt"));
  const fixtures = readdirSync(LAYOUT_FIXTURES).filter((f) => f.endsWith(".txt") && f !== `${except}.txt`);
  return [
    ...seeds.map((f) => ({ name: `seeds/${f}`, lines: splitLines(readFileSync(join(ROOT, "seeds", f), "utf8")) })),
    ...fixtures.map((f) => ({ name: `fixtures/${f}`, lines: fixtureLines(f.replace(/\.txt$/, "")) })),
  ];
}

/** Line numbers that the parse left in no bucket. */
export function unaccountedLines(lines: Line[], result: ParseResult): number[] {
  const covered = new Set<number>([...result.chrome, ...result.warnings.map((w) => w.line)]);
  for (const r of result.records) for (let n = r.source.line; n <= r.source.endLine; n++) covered.add(n);
  return lines.filter((l) => !covered.has(l.no)).map((l) => l.no);
}

/** The text of a dump from lines, for building small inline cases. */
export function dump(...lines: string[]): Line[] {
  return splitLines(lines.join("\n"));
}
