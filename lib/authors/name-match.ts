// Which differently written names may be one person ("James B. Simon", "James Simon",
// "J. Simon"). The importer merges only names equal up to case, accents, hyphens and
// spacing; these candidates are shown to the reader, never merged.

import { authorKey as fold } from "../import/fields/authors";

/** One given name: its initial, and the folded full form unless it was written as an initial. */
export type GivenName = { initial: string; full: string | null };
export type NameParts = { surname: string; given: GivenName[] };

function givenName(word: string): GivenName | null {
  const letters = fold(word);
  if (!letters) return null;
  // "J.", "J", "J.-P." and "JP" with dots are initials; "Jo" is a (short) name.
  const isInitial = /^(\p{L}\.?-?)+$/u.test(word) && (word.includes(".") || letters.length === 1);
  return { initial: letters[0]!, full: isInitial ? null : letters };
}

const words = (name: string) =>
  // "J.B. Simon" is "J. B. Simon"; "J.-P." stays one (hyphenated) given name.
  name.replace(/(\p{L}\.)(?=\p{L})/gu, "$1 ").trim().split(/\s+/).filter(Boolean);

function split(all: string[], surnameWords: number): NameParts | null {
  const surname = fold(all.slice(all.length - surnameWords).join(""));
  const given = all.slice(0, all.length - surnameWords).map(givenName).filter((g): g is GivenName => g !== null);
  return surname && given.length > 0 ? { surname, given } : null;
}

/** Every reading of the name with a one- to three-word surname ("Enric Boix Adserà" may
 * be Boix Adserà or Adserà; "van Beethoven" keeps its particle), so names whose
 * surnames are spaced or hyphenated differently still meet. */
export function nameReadings(name: string): NameParts[] {
  const all = words(name);
  const readings: NameParts[] = [];
  for (let n = 1; n <= Math.min(3, all.length - 1); n++) {
    const parts = split(all, n);
    if (parts) readings.push(parts);
  }
  return readings;
}

/** What any reading's surname ends with, and the first initial: for narrowing in the database. */
export function nameSearchKeys(name: string): { initial: string; surnameEnd: string } | null {
  const all = words(name);
  const parts = all.length >= 2 ? split(all, 1) : null;
  return parts ? { initial: parts.given[0]!.initial, surnameEnd: parts.surname } : null;
}

const compatible = (a: GivenName, b: GivenName) =>
  a.initial === b.initial && (a.full === null || b.full === null || a.full === b.full);

/** True when every middle name of the shorter list matches one of the longer, in order. */
function middlesFit(shorter: GivenName[], longer: GivenName[]): boolean {
  let at = 0;
  for (const m of shorter) {
    while (at < longer.length && !compatible(m, longer[at]!)) at++;
    if (at === longer.length) return false;
    at++;
  }
  return true;
}

function readingsAgree(x: NameParts, y: NameParts): boolean {
  if (x.surname !== y.surname) return false;
  const [firstX, ...midX] = x.given;
  const [firstY, ...midY] = y.given;
  if (!firstX || !firstY || !compatible(firstX, firstY)) return false;
  return midX.length <= midY.length ? middlesFit(midX, midY) : middlesFit(midY, midX);
}

/**
 * Same surname and first initial, no given name that contradicts the other (James vs
 * Jane, B. vs C.), but written differently: a middle initial one lacks, or an initial
 * where the other spells the name out. Names the importer folds to one key are one
 * author already, so they are not candidates.
 */
export function mayBeSamePerson(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return false;
  const ys = nameReadings(b);
  return nameReadings(a).some((x) => ys.some((y) => readingsAgree(x, y)));
}
