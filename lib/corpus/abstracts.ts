// Abstracts for synthetic papers: sentences from a chain trained on the seed abstracts,
// the paper's coined names in place of the seeds' acronyms, sometimes a formula in LaTeX;
// and the second version another dump shows (a sentence rewritten or dropped, LaTeX
// written as Unicode), which the importer has to recognise as the same paper.

import type { PaperNames } from "./coined";
import { MarkovChain, splitSentences } from "./markov";
import type { Random } from "./random";

// Acronyms common to many papers stay as they are; others become the paper's own names.
const SHARED_ACRONYMS = new Set(["LLM", "LLMs", "SGD", "GD", "NTK", "ReLU", "MLP", "MLPs", "RL", "PAC", "ICL", "CoT", "AI",
  "ML", "NP", "MDP", "MDPs", "RNN", "RNNs", "CNN", "CNNs", "GPT", "GPU", "GPUs", "MSE", "PCA", "SVD", "MoE", "KL", "TV"]);
const ACRONYM = /^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*$/;

// Formulas whose LaTeX commands the importer folds to the same Unicode characters.
const FORMULAS = [
  "for every $\\epsilon > 0$", "with step size $\\eta \\le 1/L$", "up to an error of $O(\\epsilon^2)$",
  "with regularisation $\\lambda = \\Theta(1/n)$", "at rate $O(\\sqrt{d/n})$", "with probability at least $1 - \\delta$",
  "for all $\\gamma \\in (0, 1)$", "for $\\alpha$-smooth losses", "with noise level $\\sigma \\ge 0$",
  "under a $\\beta$-mixing assumption", "for $\\ell_2$-regularised objectives", "with $\\mu$-strongly convex potentials",
];
const UNICODE: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", eta: "η", lambda: "λ", mu: "μ", sigma: "σ",
  Theta: "Θ", ell: "ℓ", sqrt: "√", le: "≤", ge: "≥", in: "∈",
};

/** The same text with LaTeX commands written as Unicode and the `$` delimiters dropped. */
export function toUnicodeNotation(text: string): string {
  return text.replace(/\$([^$]*)\$/g, (_, math: string) => math.replace(/\\([A-Za-z]+)\s?/g, (whole, name: string) => UNICODE[name] ?? whole));
}

/** A sentence the layouts can carry on one line without misreading it. */
function usable(words: string[]): boolean {
  if (words.length < 4) return false;
  const text = words.join(" ");
  if (!/[a-z0-9)\]][.!?]$/.test(text) || /arxiv|https?:|\bet al\.$/i.test(text)) return false;
  if ((text.match(/\$/g) ?? []).length % 2 !== 0) return false;
  const opened = (text.match(/[([{]/g) ?? []).length;
  const closed = (text.match(/[)\]}]/g) ?? []).length;
  return opened === closed && !/^[A-Za-z-]+:/.test(text);
}

export class AbstractWriter {
  private readonly chain = new MarkovChain();

  constructor(seedAbstracts: string[]) {
    for (const a of seedAbstracts) for (const s of splitSentences(a)) this.chain.train(s);
  }

  sentence(random: Random): string {
    for (;;) {
      const words = this.chain.generate(random, { maxWords: 60 });
      if (words && usable(words)) return words.join(" ");
    }
  }

  /** An abstract of about `target` words naming the paper's methods `names`. */
  abstract(random: Random, target: number, names: PaperNames): string {
    const sentences: string[] = [];
    let words = 0;
    while (words < target) {
      const s = this.sentence(random);
      sentences.push(s);
      words += s.split(" ").length;
    }
    if (random.chance(0.3)) {
      const i = random.int(1, Math.max(1, sentences.length - 1)) % sentences.length;
      if (/[a-z]\.$/.test(sentences[i]!)) sentences[i] = `${sentences[i]!.slice(0, -1)}, ${random.pick(FORMULAS)}.`;
    }
    return renameAcronyms(sentences.join(" "), names.sequence());
  }

  /** Another version of `text`: one sentence rewritten or dropped, LaTeX as Unicode. */
  edited(random: Random, text: string, names: PaperNames): string {
    const sentences = splitSentences(text);
    if (sentences.length >= 3) {
      const i = random.int(1, sentences.length - 1);
      if (random.chance(0.5)) sentences.splice(i, 1);
      else sentences[i] = renameAcronyms(this.sentence(random), names.sequence());
    }
    return toUnicodeNotation(sentences.join(" "));
  }
}

/** Replaces each distinct uncommon acronym in `text` by one coined name, everywhere. */
export function renameAcronyms(text: string, names: () => string): string {
  const renamed = new Map<string, string>();
  return text.replace(/[A-Za-z][A-Za-z0-9-]*/g, (word) => {
    if (!ACRONYM.test(word) || SHARED_ACRONYMS.has(word) || word.length < 3) return word;
    let name = renamed.get(word);
    if (!name) renamed.set(word, (name = names()));
    return name;
  });
}
