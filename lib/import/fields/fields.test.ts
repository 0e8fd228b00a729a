import { describe, expect, it } from "vitest";
import { parseArxivId } from "./arxiv-id";
import { authorSlug, looksLikePersonName, splitNames } from "./authors";
import { categoriesInText, unknownCodesWarning } from "./categories";

describe("fields read from pasted text", () => {
  it("an archive or version of absurd length is not an arXiv identifier", () => {
    expect(parseArxivId("cond-mat/0601001v2")).toEqual({ id: "cond-mat/0601001", version: 2 });
    expect(parseArxivId(`${"a".repeat(100)}/0601001`)).toBeNull();
    expect(parseArxivId(`2302.11055v${"9".repeat(30)}`)).toBeNull();
  });

  it("lists each of a hundred thousand distinct unknown category codes once, and the warning names five", () => {
    const letters = (i: number) => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const codes = Array.from({ length: 100_000 }, (_, i) => `cs.x${letters(i)}`);
    const { codes: known, unknown } = categoriesInText(`cs.LG ${codes.join(" ")} cs.LG ${codes[0]}`);
    expect(known).toEqual(["cs.LG"]);
    expect(unknown).toHaveLength(100_000);
    expect(unknownCodesWarning(unknown)).toBe("unknown arXiv category code(s): cs.xa, cs.xb, cs.xc, cs.xd, cs.xe and 99995 more");
  });

  it("splits names across whitespace runs, tabs and separators", () => {
    expect(splitNames("Enric  Boix-Adsera ,\tEtai Littwin and\u00a0Emmanuel Abbe")).toEqual(["Enric Boix-Adsera", "Etai Littwin", "Emmanuel Abbe"]);
  });

  it("a text longer than any name is not a person's name", () => {
    expect(looksLikePersonName("Enric Boix-Adsera")).toBe(true);
    expect(looksLikePersonName(`Enric ${"Boix".repeat(100)}`)).toBe(false);
  });

  it("author slugs lose leading and trailing separators", () => {
    expect(authorSlug("  Émile  O'Neil -- ")).toBe("emile-o-neil");
  });
});
