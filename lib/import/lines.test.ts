import { describe, expect, it } from "vitest";
import { splitLines } from "./lines";

describe("splitting pasted text into lines", () => {
  it("numbers lines by CRLF, CR and LF alike and drops blank ones", () => {
    expect(splitLines("a\r\nb\rc\n\n  \nd")).toEqual([
      { no: 1, text: "a" },
      { no: 2, text: "b" },
      { no: 3, text: "c" },
      { no: 6, text: "d" },
    ]);
  });

  it("reads Unicode line and paragraph separators, NEL, tabs and no-break spaces as spaces, keeping line numbers", () => {
    expect(splitLines("Authors: A\u2028B\u2029C\u0085D\tE\u00a0F\nnext")).toEqual([
      { no: 1, text: "Authors: A B C D E F" },
      { no: 2, text: "next" },
    ]);
  });

  it("drops NUL, escape and other C0 and C1 control characters, and a BOM", () => {
    expect(splitLines("\ufeffab\u0000c\u001b[31md\u0080e\u009ff\u007f")).toEqual([{ no: 1, text: "abc[31mdef" }]);
  });
});
