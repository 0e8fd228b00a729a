import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seed } from "../../tests/fixtures/seeds";
import { parseDump } from "./parse-dump";
import { ImportError } from "./types";

describe("parsing a dump", () => {
  it("detects the layout of every seed", () => {
    const formats = ["000", "001", "002", "003", "004"].map((p) => parseDump(seed(p).text, p).format);
    expect(formats).toEqual(["abstract-lines", "abstract-id-list", "hf-search", "abstract-lines", "alphaxiv-feed"]);
  });

  it("reads CRLF line ends, trailing spaces and blank lines between entries like the clean text", () => {
    const clean = parseDump(seed("004").text, "004");
    const messy = parseDump(seed("004").text.split("\n").map((l) => `${l}   `).join("\r\n\r\n"), "004");
    expect(messy.records.map((r) => [r.title, r.authors, r.abstract])).toEqual(clean.records.map((r) => [r.title, r.authors, r.abstract]));
    expect(messy.warnings).toEqual([]);
  });

  it("accounts for every non-empty line: in a record, as chrome, or as a warning", () => {
    const text = `${seed("002").text}\nLoad more\nsomething unexpected\n`;
    const dump = parseDump(text, "002");
    const covered = new Set([...dump.chrome, ...dump.warnings.map((w) => w.line)]);
    for (const r of dump.records) for (let n = r.source.line; n <= r.source.endLine; n++) covered.add(n);
    const nonEmpty = text.split("\n").flatMap((l, i) => (l.trim() ? [i + 1] : []));
    expect(nonEmpty.filter((n) => !covered.has(n))).toEqual([]);
    expect(dump.warnings.map((w) => w.line)).toContain(nonEmpty.at(-1));
  });

  it("fails on text in no known layout, naming the file and line", () => {
    expect(() => parseDump("\n\nhello world\nnothing to see", "notes.txt")).toThrow(ImportError);
    expect(() => parseDump("\n\nhello world", "notes.txt")).toThrow(/^notes\.txt:3: text in no known layout/);
  });

  it("fails on an empty file", () => {
    expect(() => parseDump("  \n\n", "empty.txt")).toThrow(/empty\.txt:1: the file is empty/);
  });

  it("uses the layout named by --format instead of detecting one", () => {
    expect(parseDump(seed("000").text, "000", "abstract-id-list").format).toBe("abstract-id-list");
    expect(() => parseDump("x", "x.txt", "no-such-layout")).toThrow(/unknown format/);
  });
});

describe("pages researchers commonly paste", () => {
  it.each([
    ["arxiv-abs"],
    ["arxiv-list"],
    ["arxiv-search"],
    ["hf-paper"],
    ["hf-daily"],
  ])("the %s fixture is detected as its own layout", (name) => {
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "tests", "fixtures", "layouts", `${name}.txt`), "utf8");
    expect(parseDump(text, `${name}.txt`).format).toBe(name);
  });
});
