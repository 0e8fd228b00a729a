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

  it("an unknown --format is an ImportError naming the file", () => {
    expect(() => parseDump("x", "x.txt", "no-such-layout")).toThrow(ImportError);
    expect(() => parseDump("x", "x.txt", "no-such-layout")).toThrow(/^x\.txt: unknown format "no-such-layout"/);
  });
});

describe("entries the record schema refuses", () => {
  const abstract = "We prove that a model learns a thing under conditions that we state, and more. ".repeat(2);

  it("an entry with a field longer than the schema allows is left out with a warning naming its lines; the rest is kept", () => {
    const text = ["LGJun 12, 2023", `${"A very long title ".repeat(80)}Enric Boix-Adsera, Etai Littwin`, abstract, "LGJun 13, 2023", "A short titleEnric Boix-Adsera, Etai Littwin", abstract].join("\n");
    const dump = parseDump(text, "feed.txt", "alphaxiv-feed");
    expect(dump.records.map((r) => r.title)).toEqual(["A short title"]);
    expect(dump.warnings).toContainEqual({ file: "feed.txt", line: 1, message: "entry at lines 1–3 left out: title: Too big: expected string to have <=1000 characters" });
    expect(dump.warnings.map((w) => w.line)).not.toContain(4);
  });

  it("an entry that names no paper (no title, abstract or arXiv ID) is left out with a warning", () => {
    const dump = parseDump(["[1] arXiv:9913.12345 [pdf]", "Comments: 10 pages", "[2] arXiv:2306.07131 [pdf]", "Title: Kept"].join("\n"), "list.txt", "arxiv-list");
    expect(dump.records.map((r) => r.arxivId)).toEqual(["2306.07131"]);
    expect(dump.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'not an arXiv identifier: "9913.12345"'],
      [1, "entry at lines 1–2 left out: a record needs a title, an abstract or an arXiv ID"],
    ]);
  });

  it("a line of 200,000 author names neither overflows the stack nor gets in", () => {
    const names = Array.from({ length: 200_000 }, () => "Ab Cd").join(", ");
    const text = ["arxiv:2304.03843", "A Title", "Published on Apr 7, 2023", "Enric Boix, Etai Littwin", names, "Abstract", abstract].join("\n");
    const dump = parseDump(text, "page.txt", "hf-paper");
    expect(dump.records).toEqual([]);
    expect(dump.warnings.map((w) => w.message)).toEqual(["entry at lines 1–7 left out: authors: Too big: expected array to have <=2000 items"]);
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
