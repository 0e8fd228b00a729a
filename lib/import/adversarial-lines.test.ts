// Every layout parser, layout detection and the search query parser read megabyte lines
// built to make regular expressions retry. The timeout is a guard against catastrophic
// backtracking (minutes or hours on such a line), not a measure of speed: the figures
// come from scripts/bench-adversarial.ts.

import { describe, expect, it } from "vitest";
import { ADVERSARIAL_BODIES, adversarialDump, adversarialLine } from "../../tests/helpers/adversarial-lines";
import { unaccountedLines } from "../../tests/helpers/layout-kit";
import { parseQuery } from "../search/query-parser";
import { detectLayout, LAYOUTS } from "./registry";
import { ImportError } from "./types";

const MEGABYTE = 1_000_000;
const GUARD_MS = 120_000;

// The labels the layouts anchor their patterns on; the bench tries every prefix.
const PREFIXES = ["", "Authors: ", "Subjects: ", "arXiv:", "[1] arXiv:x", "Published on "];

describe("adversarial megabyte lines", () => {
  // One dump per body, read by every subject below: building them is most of the work.
  const dumps = ADVERSARIAL_BODIES.map((body) => ({ body, lines: adversarialDump(body, MEGABYTE, PREFIXES) }));

  it.each(LAYOUTS.map((layout) => [layout.name, layout] as const))(
    "the %s parser reads every adversarial line and accounts for it",
    (_, layout) => {
      for (const { lines } of dumps) expect(unaccountedLines(lines, layout.parse(lines, { file: "adversarial.txt" }))).toEqual([]);
    },
    GUARD_MS,
  );

  it(
    "layout detection reads every adversarial dump and picks a layout or names the first line",
    () => {
      for (const { lines } of dumps) {
        try {
          expect(LAYOUTS).toContain(detectLayout(lines, "adversarial.txt"));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).line).toBe(lines[0]!.no);
        }
      }
    },
    GUARD_MS,
  );

  it(
    "the query parser reads every adversarial line and keeps at most its token bound",
    () => {
      for (const { body } of dumps) {
        for (const prefix of ["", "au:", '"', "-ti:"]) {
          const query = parseQuery(adversarialLine(body, prefix, MEGABYTE));
          expect(query.clauses.length + query.categories.length).toBeLessThanOrEqual(250);
        }
      }
    },
    GUARD_MS,
  );
});
