import { describe, expect, it } from "vitest";
import { mayBeSamePerson, nameReadings } from "./name-match";

describe("names that may be one person", () => {
  it("James B. Simon and James Simon would be shown as possible duplicates", () => {
    expect(mayBeSamePerson("James B. Simon", "James Simon")).toBe(true);
    expect(mayBeSamePerson("James Simon", "James B. Simon")).toBe(true);
  });

  it("an initial and the spelled-out first name may be one person", () => {
    expect(mayBeSamePerson("J. Simon", "James Simon")).toBe(true);
    expect(mayBeSamePerson("J. B. Simon", "James Simon")).toBe(true);
    expect(mayBeSamePerson("J.B. Simon", "James Bradley Simon")).toBe(true);
    expect(mayBeSamePerson("E. Boix-Adsera", "Enric Boix Adserà")).toBe(true);
  });

  it("different first names, middle initials or surnames are different people", () => {
    expect(mayBeSamePerson("James Simon", "Jane Simon")).toBe(false);
    expect(mayBeSamePerson("James B. Simon", "James C. Simon")).toBe(false);
    expect(mayBeSamePerson("James Simon", "James Simons")).toBe(false);
    expect(mayBeSamePerson("James Simon", "Karl Simon")).toBe(false);
  });

  it("names written the same way are not candidates (the importer already merged them)", () => {
    expect(mayBeSamePerson("James Simon", "James Simon")).toBe(false);
    expect(mayBeSamePerson("Enric Boix-Adsera", "enric boix adsera")).toBe(false);
  });

  it("a one-word name has no candidates", () => {
    expect(mayBeSamePerson("Simon", "James Simon")).toBe(false);
    expect(nameReadings("Simon")).toEqual([]);
  });

  it("a surname may span several words", () => {
    expect(nameReadings("Ludwig van Beethoven")).toContainEqual({ surname: "vanbeethoven", given: [{ initial: "l", full: "ludwig" }] });
    expect(mayBeSamePerson("L. van Beethoven", "Ludwig van Beethoven")).toBe(true);
    expect(mayBeSamePerson("Enric Boix Adserà", "E. Boix-Adsera")).toBe(true);
  });
});
