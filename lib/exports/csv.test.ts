import { describe, expect, it } from "vitest";
import { CSV_HEADER, csvField, papersCsv } from "./csv";
import { testPaper } from "./test-paper";

const ORIGIN = "https://abstracta.example";

describe("CSV export", () => {
  it("starts with the documented header and ends every line with CRLF", () => {
    const csv = papersCsv([testPaper()], ORIGIN);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    expect(lines[0]).toBe("arxiv_id,title,authors,authors_truncated,published_at,categories,url,abstract");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("joins authors with '; ', categories with spaces, and gives an absolute URL", () => {
    const row = papersCsv([testPaper({ title: "Plain title", abstract: "Short" })], ORIGIN).split("\r\n")[1];
    expect(row).toBe(
      "2302.11055,Plain title,Emmanuel Abbe; Enric Boix-Adsera,false,2023-02-21,cs.LG stat.ML,https://abstracta.example/papers/2302.11055,Short",
    );
  });

  it("CSV quotes commas, quotes and newlines and neutralises formulas", () => {
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a-b=c")).toBe("a-b=c");
  });

  it("leaves unknown values empty rather than writing 'null'", () => {
    const row = papersCsv([testPaper({ arxivId: null, title: null, publishedAt: null, abstract: null, key: "a-slug" })], ORIGIN).split("\r\n")[1];
    expect(row).toBe(",,Emmanuel Abbe; Enric Boix-Adsera,false,,cs.LG stat.ML,https://abstracta.example/papers/a-slug,");
  });
});
