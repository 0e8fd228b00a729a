// Titles for synthetic papers: a chain over the seed titles with back-off for variety,
// in sentence or title case, sometimes led by the paper's coined name ("MoBA: ..."),
// and unique: two papers with one title would be merged by the importer, rightly.

import { normalizeForMatch } from "../import/text-match";
import { renameAcronyms } from "./abstracts";
import { MarkovChain } from "./markov";
import type { PaperNames } from "./coined";
import type { Random } from "./random";

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the", "to", "via", "vs", "with", "without"]);
const ENDING_BADLY = new Set([...SMALL_WORDS, "are", "can", "be", "do", "we", "its", "their", "how", "when", "what", "than"]);

function titleCase(words: string[]): string[] {
  return words.map((w, i) =>
    i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()),
  );
}

/**
 * Whether the title ends so that a feed can glue the first author's name to it and the
 * importer still find the seam: a lowercase letter, a digit, "?" or ")".
 */
export const endsGluable = (title: string) => /[a-z0-9?)]$/.test(title);

export class TitleWriter {
  private readonly chain = new MarkovChain();
  private readonly used = new Set<string>();

  constructor(seedTitles: string[]) {
    for (const t of seedTitles) this.chain.train(t);
  }

  private draft(random: Random, names: PaperNames, prefix: string | null): string | null {
    const words = this.chain.generate(random, { maxWords: 18, backoff: 0.35 });
    if (!words || words.length < 4) return null;
    const cased = random.chance(0.45) ? titleCase(words) : words;
    cased[0] = cased[0]![0]!.toUpperCase() + cased[0]!.slice(1);
    let title = renameAcronyms(cased.join(" ").replace(/[\s:;,.]+$/, ""), names.sequence());
    if (prefix) title = `${prefix}: ${title[0]!.toUpperCase()}${title.slice(1)}`;
    const last = title.split(" ").at(-1)!.toLowerCase();
    if (!endsGluable(title) || ENDING_BADLY.has(last) || title.length > 160 || /·|\bet al\b|arxiv/i.test(title)) return null;
    return title;
  }

  /** A title no earlier call returned (after the importer's normalisation). */
  title(random: Random, names: PaperNames): string {
    for (let attempt = 0; ; attempt++) {
      // Past 20 tries the chain is repeating itself: lead with a coined name, later a fresh one.
      const prefix = attempt >= 40 ? names.fresh() : attempt >= 20 || random.chance(0.15) ? names.main : null;
      const title = this.draft(random, names, prefix);
      if (!title) continue;
      const key = normalizeForMatch(title);
      if (this.used.has(key)) continue;
      this.used.add(key);
      return title;
    }
  }
}
