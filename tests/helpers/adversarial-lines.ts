// Lines built to make regular expressions retry: long runs of one character or of a
// fragment the layouts key on, after each label a layout anchors on, and runs of distinct
// values that defeat a list lookup. A parser that backtracks (or searches a list per item)
// takes minutes on a megabyte; a linear one, milliseconds. Shared by the linear-time test
// and scripts/bench-adversarial.ts.

import { splitLines } from "../../lib/import/lines";
import type { Line } from "../../lib/import/types";

export type AdversarialBody = { name: string; run: (size: number) => string };

const repeated = (name: string, unit: string, closer = "\u0000x"): AdversarialBody => ({
  name,
  run: (size) => unit.repeat(Math.ceil(size / unit.length)) + closer,
});

/** `count` distinct lowercase words: "aaa", "aab", … */
function distinctWords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26))).padStart(4, "a"));
}

const distinct = (name: string, item: (word: string) => string, separator: string): AdversarialBody => ({
  name,
  run: (size) => distinctWords(Math.ceil(size / (item("aaaa").length + separator.length))).map(item).join(separator),
});

/** The closer is what a pattern ending in `$` or a literal fails on, at the very end. */
export const ADVERSARIAL_BODIES: readonly AdversarialBody[] = [
  repeated("spaces", " ", "B"),
  repeated("spaces then a line separator", " ", "x\u2028y"),
  repeated("tabs then NUL", "\t", "\u0000x"),
  repeated("letters", "a"),
  repeated("digits", "1"),
  repeated("dollars", "$"),
  repeated("nested \\frac{", "$\\frac{"),
  repeated("open braces", "{"),
  repeated("open brackets", "["),
  repeated("open parentheses", "("),
  repeated("hyphens", "-"),
  repeated("v- pairs", "v-"),
  repeated("arXiv: fragments", "arXiv:"),
  repeated("glued arXiv IDs", "arXiv:2302.11055v2"),
  repeated("Abstract: fragments", "Abstract: "),
  repeated("category-date fragments", "LGJun 12, 2023"),
  repeated("submitted-date fragments", "Submitted 12 June, 2023; "),
  repeated("category codes", "cs.LG "),
  repeated("names and commas", "Enric Boix-Adsera, "),
  repeated("initials", "J.-P. "),
  repeated("word, space", "a "),
  repeated("comma, space", ", "),
  repeated("et al.", " et al."),
  repeated("middle dots", " · "),
  repeated("digit, space", "1 "),
  distinct("distinct unknown category codes", (w) => `cs.${w}`, " "),
  distinct("distinct names", (w) => `Ab ${w[0]!.toUpperCase()}${w.slice(1)}`, ", "),
  distinct("distinct words", (w) => w, " "),
];

/** What the layouts anchor on at the start of a line; each body is tried after each. */
export const LINE_PREFIXES: readonly string[] = [
  "", "Title:", "Authors: ", "Abstract:", "Subjects: ", "Comments: ", "Cite as: arXiv:", "arXiv:",
  "[1] arXiv:x", "Published on ", "Submitted ", "[Submitted on 1 Jan 2020", "DOI:", "Computer Science > ",
];

/** One adversarial line of about `size` characters after `prefix`. */
export function adversarialLine(body: AdversarialBody, prefix: string, size: number): string {
  return prefix + body.run(size);
}

// Lines that put each layout in the state where it reads titles, labels and abstracts.
const CONTEXT = [
  "[Submitted on 1 Jan 2020]",
  "Title: A title",
  "[1] arXiv:2306.07131 [pdf, html, other]",
  "arXiv:2306.07131 [pdf, other]",
  "cs.LG stat.ML",
  "LGJun 12, 2023",
  "Submitted by akhaliq",
  "arxiv:2304.03843",
  "Published on Apr 7, 2023",
  "Abstract",
];

/** A dump: the context lines, then `body` after each of `prefixes`, each line about `size` long. */
export function adversarialDump(body: AdversarialBody, size: number, prefixes: readonly string[] = LINE_PREFIXES): Line[] {
  const run = body.run(size);
  return splitLines([...CONTEXT, ...prefixes.map((prefix) => prefix + run)].join("\n"));
}
