// Method and model names papers coin ("HyperAttention", "MoBA", "Velomir"): the rare
// words a real library is full of and a chain trained on 150 abstracts never makes.
// Drawn with a Zipf law, so a few names recur across many papers and most appear once.

import { Random, ZipfSampler } from "./random";

const PREFIXES = ["Hyper", "Meta", "Flash", "Sparse", "Deep", "Neuro", "Graph", "Quant", "Mono", "Poly", "Omni", "Auto",
  "Proto", "Lumen", "Vector", "Tensor", "Kernel", "Spectra", "Fusion", "Echo", "Astra", "Nova", "Stream", "Cipher"];
const SUFFIXES = ["Attention", "Former", "Net", "Mixer", "Flow", "Prompt", "Bench", "Distill", "Scale", "Reason", "Probe",
  "Router", "Tune", "Merge", "Search", "Sketch", "Coder", "Align", "Lens", "Gate", "Walk", "Map", "Loop", "Forge"];
const SYLLABLES = ["ka", "ro", "mi", "ve", "lo", "ta", "sin", "dra", "qu", "el", "bri", "no", "zen", "fa", "mur", "pi",
  "ot", "lux", "sa", "ne", "vor", "ti", "gal", "ex", "ur", "mo", "chi", "ra", "len", "dus"];
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function coinName(random: Random): string {
  const style = random.next();
  if (style < 0.35) {
    // Acronyms, sometimes with a lowercase letter inside ("MoBA") or a version ("GRAPE-2").
    const letters = Array.from({ length: random.int(3, 6) }, () => random.pick([...UPPER]));
    if (random.chance(0.3)) letters[1] = letters[1]!.toLowerCase();
    return letters.join("") + (random.chance(0.15) ? `-${random.int(2, 4)}` : "");
  }
  if (style < 0.6) return `${random.pick(PREFIXES)}${random.pick(SUFFIXES)}${random.chance(0.2) ? random.int(2, 9) : ""}`;
  const word = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join("");
  return word[0]!.toUpperCase() + word.slice(1);
}

export class CoinedNames {
  readonly names: string[];
  private readonly zipf: ZipfSampler;

  constructor(random: Random, size: number) {
    const seen = new Set<string>();
    this.names = [];
    while (this.names.length < size) {
      const name = coinName(random);
      if (!seen.has(name.toLowerCase())) {
        seen.add(name.toLowerCase());
        this.names.push(name);
      }
    }
    this.zipf = new ZipfSampler(size, 1.05, 2);
  }

  pick(random: Random): string {
    return this.names[this.zipf.sample(random)]!;
  }
}

/** One paper's coined names: its own (the first is the one its title may lead with), then
 *  more from the pool when a text has more acronyms to rename. */
export class PaperNames {
  constructor(
    private readonly own: string[],
    private readonly pool: CoinedNames,
    private readonly random: Random,
  ) {}

  get main(): string {
    return this.own[0]!;
  }

  fresh(): string {
    return this.pool.pick(this.random);
  }

  /** Names for one text's acronyms in order: the paper's own first. */
  sequence(): () => string {
    let i = 0;
    return () => (i < this.own.length ? this.own[i++]! : this.fresh());
  }
}
