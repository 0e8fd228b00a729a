// A word Markov chain of order 2 (with an optional back-off to order 1 for variety),
// trained on whole sentences or titles: text that reads like the seeds, in any amount.
// Words are interned as numbers so a 100,000-paper library takes seconds, not minutes.

import type { Random } from "./random";

const START = 0;
const END = 1;
const STATE = 1 << 20; // more distinct words than any seed set has

export type GenerateOptions = {
  /** Give up (return null) past this many words: the caller draws again. */
  maxWords: number;
  /** Share of steps that look at the last word only (more variety, less grammar). */
  backoff?: number;
};

export class MarkovChain {
  private readonly words: string[] = ["<start>", "<end>"];
  private readonly ids = new Map<string, number>();
  /** Successors of a two-word state, repeated as often as seen (sampling by frequency). */
  private readonly order2 = new Map<number, number[]>();
  private readonly order1 = new Map<number, number[]>();
  private trained = 0;

  private id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      if (id >= STATE) throw new Error("too many distinct words for the chain");
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  /** Adds one unit of text (a sentence, a title), split on white space. */
  train(text: string): void {
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const seq = [START, START, ...words.map((w) => this.id(w)), END];
    for (let i = 2; i < seq.length; i++) {
      push(this.order2, seq[i - 2]! * STATE + seq[i - 1]!, seq[i]!);
      push(this.order1, seq[i - 1]!, seq[i]!);
    }
    this.trained++;
  }

  get size(): number {
    return this.trained;
  }

  /** One unit of text as a word list, or null when it ran past `maxWords`. */
  generate(random: Random, options: GenerateOptions): string[] | null {
    if (this.trained === 0) throw new Error("the chain has not been trained");
    const out: string[] = [];
    let [a, b] = [START, START];
    for (;;) {
      const useOrder1 = b !== START && options.backoff !== undefined && random.chance(options.backoff);
      const choices = (useOrder1 ? this.order1.get(b) : this.order2.get(a * STATE + b)) ?? this.order1.get(b)!;
      const next = random.pick(choices);
      if (next === END) return out;
      out.push(this.words[next]!);
      if (out.length > options.maxWords) return null;
      [a, b] = [b, next];
    }
  }
}

function push(map: Map<number, number[]>, k: number, v: number): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Sentences of an abstract: split after . ! ? where the next word starts a sentence. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
