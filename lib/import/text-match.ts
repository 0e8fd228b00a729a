// Text evidence for merging: abstracts normalised so that versions of one abstract
// compare equal where they differ only in notation ("\alpha" vs "α", "$", braces, case,
// punctuation), and word-shingle overlap to measure how much two texts share.

import { createHash } from "node:crypto";
import { STOPWORDS } from "../text/stopwords";

const LATEX_SYMBOLS: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ",
  eta: "η", theta: "θ", vartheta: "θ", iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν",
  xi: "ξ", pi: "π", rho: "ρ", sigma: "σ", tau: "τ", upsilon: "υ", phi: "φ", varphi: "φ",
  chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ",
  Pi: "Π", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω", ell: "ℓ", infty: "∞", cdot: "·",
  times: "×", leq: "≤", le: "≤", geq: "≥", ge: "≥", neq: "≠", approx: "≈", sim: "∼",
  sqrt: "√", sum: "∑", partial: "∂", nabla: "∇", in: "∈", to: "→", rightarrow: "→",
};

/** Lowercased words of a text with LaTeX notation folded to Unicode. */
export function matchWords(text: string): string[] {
  // The LaTeX fold and NFKC are identities on plain ASCII text without backslashes, the
  // common case: skipping them halves the time of the importer's busiest function.
  let folded = text.includes("\\") ? text.replace(/\\([A-Za-z]+)/g, (whole, name: string) => LATEX_SYMBOLS[name] ?? ` ${name} `) : text;
  if (NON_ASCII.test(folded)) folded = folded.normalize("NFKC");
  return folded.toLowerCase().match(WORD) ?? [];
}

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** The normalised text itself: equal for two notations of one abstract. */
export function normalizeForMatch(text: string): string {
  return matchWords(text).join(" ");
}

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 32;

function fnv1aContinue(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const fnv1a = (text: string) => fnv1aContinue(FNV_OFFSET, text) >>> 0;

/** fnv1a of `words[from..to)` joined by spaces, without building the string. */
function fnv1aOfRun(words: string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    if (i > from) h = Math.imul(h ^ SPACE, 0x01000193);
    h = fnv1aContinue(h, words[i]!);
  }
  return h >>> 0;
}

/**
 * A set of 32-bit hashes as a sorted array without repeats: a tenth of a Set's memory
 * (a 100,000-paper import keeps two per abstract), and intersections by one merge pass.
 */
export type HashSet = Uint32Array;

function hashSet(hashes: number[]): HashSet {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** Hashes of every run of `size` consecutive words (of all of them, if fewer). */
export function shingles(words: string[], size = 3): HashSet {
  if (words.length < size) return hashSet(words.length ? [fnv1aOfRun(words, 0, words.length)] : []);
  const out: number[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(fnv1aOfRun(words, i, i + size));
  return hashSet(out);
}

/**
 * Hashes of the words that carry content (no stopwords, no one- or two-letter words):
 * what a rewritten abstract keeps of its first version, beyond the English every text shares.
 */
export function contentWords(words: string[]): HashSet {
  const out: number[] = [];
  for (const w of words) if (w.length > 2 && !STOPWORDS.has(w)) out.push(fnv1a(w));
  return hashSet(out);
}

/** Share of the smaller set's hashes found in the other (1 = one contains the other). */
export function containment(a: HashSet, b: HashSet): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}

const MINHASH_SEEDS = Array.from({ length: 16 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Locality-sensitive keys: 8 bands of 2 min-hashes. Two abstracts whose shingle sets
 * overlap by half share a band with probability ~0.9, unrelated ones almost never.
 */
export function lshKeys(shingleSet: HashSet): string[] {
  if (shingleSet.length === 0) return [];
  const mins = MINHASH_SEEDS.map(() => 0xffffffff);
  for (const s of shingleSet) {
    for (let i = 0; i < mins.length; i++) {
      const h = mix(s ^ MINHASH_SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  const keys: string[] = [];
  for (let b = 0; b < mins.length; b += 2) keys.push(`lsh:${b / 2}:${mins[b]!.toString(36)}.${mins[b + 1]!.toString(36)}`);
  return keys;
}

/** Short stable hash of a normalised text, for identity of abstract versions. */
export function textHash(normalized: string): string {
  return createHash("sha256").update(normalized).digest("hex").slice(0, 20);
}
