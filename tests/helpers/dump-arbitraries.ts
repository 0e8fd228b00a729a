// fast-check arbitraries for hostile and broken dumps: random text and bytes, the seed
// dumps cut, shuffled, duplicated and spliced, markup and LaTeX fragments, control
// characters, RTL text, emoji, NUL bytes and mixed line ends. Shared by the importer's
// property tests.

import fs from "node:fs";
import fc from "fast-check";
import { seedFiles } from "../fixtures/seeds";

/** The seed dumps' texts, read once. */
export const SEED_TEXTS: readonly string[] = seedFiles().map((f) => fs.readFileSync(f, "utf8"));

// Structure the layout parsers key on, so random text reaches deep into each parser.
const MARKERS = [
  "arXiv:", "arXiv:2302.11055v2", "arXiv:math/0601001", "arXiv:9913.12345", "arXiv: 2302.1105", "Abstract:", "Abstract", "abstract.",
  "Title:", "Authors:", "Author:", "Subjects:", "Comments:", "Cite as: arXiv:2301.05217 [cs.LG]", "Journal-ref:",
  "LGJun 12, 2023", "cs.LGFeb 30, 2023", "stat.MLDec 1, 1899", "XXJan 1, 2020", "· 5 authors", "· 0 authors", "9999 authors",
  "Published on Jun 12, 2023", "Published on Feb 29", "Jun 12", "Submitted by", "Submitted by akhaliq", "Upvote", "Paper page",
  "[Submitted on 1 Jan 2020]", "[Submitted on 31 Feb 2020 (v1), last revised 2 Mar 2020 (this version, v3)]",
  "[v1] Thu, 12 Jan 2023 18:59:16 UTC (2,640 KB)", "Submission history", "From: Someone [view email]",
  "(or arXiv:2301.05217v2 [cs.LG] for this version)", "https://doi.org/10.48550/arXiv.2301.05217",
  "[1] arXiv:2306.07131 [pdf, html, other]", "arXiv:2306.06978 (cross-list from stat.ML) [pdf]",
  "Submitted 12 June, 2023; v1 submitted 1 May, 2023; originally announced June 2023.", "cs.LG stat.ML", "doi 10.1/x",
  "Computer Science > Machine Learning", "arXiv:2301.05217 (cs)", "Machine Learning (cs.LG); Probability (math.PR)",
  "huggingface.co/papers/2304.03843", "https://arxiv.org/abs/2302.11055", "Models citing this paper", "AI-generated summary",
  "Hugging Face's logo", "SubscribeTitle Of A Paper", "Enric Boix-Adsera, Etai Littwin et al. · Apple", " et al.", " · ", "▽ More", "△ Less",
  "27 pages, 11 figures", "NeurIPS 2023", "Fri, 16 Jun 2023 (showing 25 of 187 entries )", "New submissions", "…",
];

// Text that breaks naive code: LaTeX, control and format characters, RTL, emoji, lone surrogates.
const HOSTILE = [
  "$", "$$", "$$$", "\\frac{\\frac{\\frac{", "{{{{", "}}}}", "\\", "\\alpha", "\\(", "$\\sum_{i=1}^{n}", "^", "_",
  "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200d", "\u200e", "\u200f",
  "\u202a", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ud800", "\udfff", "\udbff\udfff",
  "שלום עולם", "مرحبا بالعالم", "👩‍👩‍👧‍👦", "🧠", "🇺🇳", "e\u0301", "ﬁ", "Ⅻ", "𝔼", "\t", "\r\n", "\r", "\n", "\n\n", " ", "   ",
  "(", ")", "[", "]", ",", ";", ".", ":", "-", "'", '"', "&", "<", ">", "/", "\\u0000",
];

const WORDS = ["learning", "Transformers", "the", "of", "kernel", "Neural", "Tangent", "Boix-Adsera", "O'Neil", "van", "A.", "J.-P.", "2023", "1", "a", "1e9"];

/** A UTF-16 string of any code units, lone surrogates included. */
export const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Random bytes decoded as UTF-8 (invalid sequences become U+FFFD, as reading a file does). */
export const utf8Bytes = fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString("utf8"));

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\r\n");

/** Lines built from parser markers, hostile characters and words, with mixed line ends. */
export const hostileText = fc
  .array(fc.tuple(fc.array(fragment, { maxLength: 8 }), fc.constantFrom("", " "), lineEnd), { maxLength: 30 })
  .map((lines) => lines.map(([parts, glue, end]) => parts.join(glue) + end).join(""));

/** Where a slice starts: which seed, and how far into it (0..1). */
type Spot = [seed: number, at: number];
const fraction = (min = 0, max = 1) => fc.double({ min, max, noNaN: true });
const anySpot: fc.Arbitrary<Spot> = fc.tuple(fc.nat(SEED_TEXTS.length - 1), fraction());
/** A spot within 5% of the seed's length from `spot`, so that two slices share papers. */
const nearSpot = ([seed, at]: Spot): fc.Arbitrary<Spot> => fc.tuple(fc.constant(seed), fraction(Math.max(0, at - 0.05), Math.min(1, at + 0.05)));

/** A slice of a seed from a spot (at most `maxLength` characters, to keep runs fast). */
const seedSlice = (spot: fc.Arbitrary<Spot>, maxLength: number) =>
  fc.tuple(spot, fc.nat(maxLength)).map(([[i, at], length]) => {
    const text = SEED_TEXTS[i]!;
    const start = Math.floor(at * text.length);
    return text.slice(start, start + length);
  });

const lines = (text: string) => text.split(/\r\n|\r|\n/);
const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);

/** Seed text from `spot` made hostile: cut, shuffled by lines, duplicated, spliced, with fragments and line ends mixed in. */
function brokenSeedFrom(spot: fc.Arbitrary<Spot>): fc.Arbitrary<string> {
  const slice = (maxLength: number) => seedSlice(spot, maxLength);
  return fc.oneof(
    slice(20_000),
    slice(8_000).chain((s) => fc.shuffledSubarray(lines(s), { minLength: lines(s).length }).map((l) => l.join("\n"))),
    fc.tuple(slice(5_000), fc.integer({ min: 2, max: 4 })).map(([s, n]) => s.repeat(n)),
    fc.array(slice(4_000), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")),
    fc.tuple(slice(4_000), slice(4_000)).map(([a, b]) => {
      const [x, y] = [lines(a), lines(b)];
      return Array.from({ length: Math.max(x.length, y.length) }, (_, i) => [x[i] ?? "", y[i] ?? ""].join("\n")).join("\n");
    }),
    fc
      .tuple(slice(6_000), fc.array(fc.tuple(fraction(), fragment), { maxLength: 20 }))
      .map(([s, inserts]) => inserts.reduce((text, [at, f]) => insertAt(text, Math.floor(at * text.length), f), s)),
    fc.tuple(slice(6_000), fc.array(lineEnd, { minLength: 1, maxLength: 5 })).map(([s, ends]) => lines(s).map((l, i) => l + ends[i % ends.length]).join("")),
  );
}

/** The seeds made hostile. */
export const brokenSeed = brokenSeedFrom(anySpot);

/** Two hostile cuts of the same part of one seed: two imports that meet the same papers. */
export const relatedBrokenSeeds = anySpot.chain((spot) => fc.tuple(brokenSeedFrom(nearSpot(spot)), brokenSeedFrom(nearSpot(spot))));

/** Every kind of input above. */
export const anyDump = fc.oneof(anyUtf16, utf8Bytes, hostileText, brokenSeed, fc.string({ unit: "grapheme", maxLength: 300 }));

/** A line of about a megabyte without a line end: one fragment repeated, perhaps after a marker. */
export const hugeLine = fc
  .tuple(fc.constantFrom("", ...MARKERS), fc.array(fragment, { minLength: 1, maxLength: 3 }))
  .map(([marker, parts]) => {
    const unit = parts.join("").replace(/[\r\n\u2028\u2029]/g, "") || "a";
    return marker + unit.repeat(Math.ceil(1_000_000 / unit.length));
  });
