// Properties of parsing over generated hostile input (tests/helpers/dump-arbitraries.ts):
// random text and bytes, the seeds cut, shuffled, duplicated and spliced, LaTeX, control
// characters, RTL text, emoji, NUL bytes, mixed line ends and megabyte lines.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyDump, brokenSeed, hugeLine } from "../../tests/helpers/dump-arbitraries";
import { splitLines } from "./lines";
import { parseDump } from "./parse-dump";
import { parsedRecordSchema } from "./record-schema";
import { detectLayout, LAYOUTS } from "./registry";
import { validateRecords } from "./store";
import { ImportError } from "./types";

const FORMATS = [undefined, ...LAYOUTS.map((l) => l.name)];
const format = fc.constantFrom(...FORMATS);

/** parseDump, with an ImportError (the one failure allowed) returned instead of thrown. */
function parseOrImportError(text: string, name?: string) {
  try {
    return parseDump(text, "dump.txt", name);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

describe("parsing hostile text", () => {
  it("never throws anything but an ImportError naming the file, whatever the text and layout", () => {
    fc.assert(
      fc.property(anyDump, format, (text, name) => {
        const parsed = parseOrImportError(text, name);
        if (parsed instanceof ImportError) expect(parsed.file).toBe("dump.txt");
      }),
      { numRuns: 3000 },
    );
  });

  it("every record a dump yields passes the record schema, within the file's lines", () => {
    let records = 0;
    fc.assert(
      fc.property(fc.oneof(anyDump, brokenSeed), format, (text, name) => {
        const parsed = parseOrImportError(text, name);
        if (parsed instanceof ImportError) return;
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const r of parsed.records) {
          expect(parsedRecordSchema.safeParse(r).error?.issues ?? []).toEqual([]);
          expect(r.source.line).toBeLessThanOrEqual(r.source.endLine);
          expect(r.source.endLine).toBeLessThanOrEqual(lineCount);
        }
        expect(() => validateRecords([parsed])).not.toThrow();
        records += parsed.records.length;
      }),
      { numRuns: 2000 },
    );
    expect(records).toBeGreaterThan(0); // not every text failed to parse: records were checked
  });

  it("each layout's own records have the schema's shape; only over-long fields or an entry naming no paper fail it", () => {
    fc.assert(
      fc.property(fc.oneof(anyDump, brokenSeed), fc.constantFrom(...LAYOUTS), (text, layout) => {
        const { records } = layout.parse(splitLines(text), { file: "dump.txt" });
        for (const r of records) {
          const issues = parsedRecordSchema.safeParse(r).error?.issues ?? [];
          // Size is the content's fault, the parser cannot shorten a title; anything else is a parser bug.
          expect(issues.filter((i) => i.code !== "too_big" && i.code !== "custom")).toEqual([]);
          expect(r.source.format).toBe(layout.name);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("CRLF, CR and LF line ends give the same parse", () => {
    const lfText = fc.oneof(anyDump, brokenSeed).map((t) => t.replace(/\r\n?/g, "\n"));
    fc.assert(
      fc.property(lfText, fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 8 }), format, (text, ends, name) => {
        let i = 0;
        let previous = "";
        // A CR followed by an LF would be one line end, not two: that pair is written CR, CRLF.
        const mixed = text.replace(/\n/g, () => (previous = previous === "\r" && ends[i % ends.length] === "\n" ? "\r\n" : ends[i % ends.length]!, i++, previous));
        const [a, b] = [parseOrImportError(text, name), parseOrImportError(mixed, name)];
        if (a instanceof ImportError || b instanceof ImportError) expect(String(b)).toBe(String(a));
        else expect(b).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it("a megabyte line without a line end parses in every layout", () => {
    fc.assert(
      fc.property(hugeLine, fc.constantFrom("", "LGJun 12, 2023\n", "[1] arXiv:2306.07131 [pdf]\n", "arxiv:2304.03843\n"), (line, head) => {
        for (const name of FORMATS) parseOrImportError(head + line, name);
      }),
      { numRuns: 10 },
    );
  });
});

describe("choosing a layout", () => {
  it("detection picks a known layout or fails with an ImportError at the first line", () => {
    fc.assert(
      fc.property(fc.oneof(anyDump, brokenSeed), (text) => {
        const lines = splitLines(text);
        try {
          expect(LAYOUTS).toContain(detectLayout(lines, "dump.txt"));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).line).toBe(lines[0]?.no ?? 1);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("lines hold no control characters, line separators or surrounding space, numbered in order", () => {
    fc.assert(
      fc.property(anyDump, (text) => {
        const lines = splitLines(text);
        for (const line of lines) {
          expect(line.text).toBe(line.text.trim());
          expect(line.text).not.toBe("");
          expect(line.text).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
        }
        const numbers = lines.map((l) => l.no);
        expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
        expect(new Set(numbers).size).toBe(numbers.length);
      }),
      { numRuns: 1500 },
    );
  });
});
