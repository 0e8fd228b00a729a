// The terms papers are compared on: content words (stopwords and bare numbers dropped,
// simple plurals folded) and pairs of adjacent content words. Labels are the commonest
// spelling, so a term reads as a word from the abstracts ("barycenters", "optimal transport").

import { matchWords } from "../import/text-match";
import { foldWord } from "../text/fold-word";
import { PairTable } from "./pair-table";
import { STOPWORDS } from "../text/stopwords";
import type { TermCounter } from "./term-counter";

const NOT_A_TERM = -1;

function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word) && /\p{L}/u.test(word);
}

export class Vocabulary {
  private surfaceIds = new Map<string, number>();
  private surfaceWord: string[] = [];
  private surfaceTerm: number[] = [];
  private surfaceCount: number[] = [];
  private wordIds = new Map<string, number>();
  private pairIds = new PairTable();
  /** Per term: its first word's term id, and its second's (-1 for a single word). */
  readonly first: number[] = [];
  readonly second: number[] = [];
  private labels: string[] | null = null;

  get size(): number {
    return this.first.length;
  }

  /** Adds `weight` to the counter for every term of the text: its words, then adjacent pairs. */
  countTerms(text: string, weight: number, counter: TermCounter): void {
    let previous = NOT_A_TERM;
    for (const token of matchWords(text)) {
      const word = this.wordTerm(token);
      if (word !== NOT_A_TERM) {
        counter.add(word, weight);
        if (previous !== NOT_A_TERM) counter.add(this.pairTerm(previous, word), weight);
      }
      previous = word;
    }
  }

  /** A term as readers would write it: the commonest spelling of each of its words. */
  label(term: number): string {
    const labels = (this.labels ??= this.wordLabels());
    const second = this.second[term]!;
    const first = labels[this.first[term]!]!;
    return second === NOT_A_TERM ? first : `${first} ${labels[second]!}`;
  }

  /** The words of a term, as term ids (one or two). */
  wordsOf(term: number): number[] {
    const second = this.second[term]!;
    return second === NOT_A_TERM ? [this.first[term]!] : [this.first[term]!, second];
  }

  private wordTerm(token: string): number {
    let surface = this.surfaceIds.get(token);
    if (surface === undefined) {
      surface = this.surfaceWord.length;
      this.surfaceIds.set(token, surface);
      this.surfaceWord.push(token);
      this.surfaceTerm.push(isContentWord(token) ? this.newWord(foldWord(token)) : NOT_A_TERM);
      this.surfaceCount.push(0);
    }
    this.surfaceCount[surface]!++;
    return this.surfaceTerm[surface]!;
  }

  private newWord(key: string): number {
    let id = this.wordIds.get(key);
    if (id === undefined) {
      id = this.addTerm(this.size, NOT_A_TERM);
      this.wordIds.set(key, id);
    }
    return id;
  }

  private pairTerm(first: number, second: number): number {
    let id = this.pairIds.get(first, second);
    if (id === NOT_A_TERM) this.pairIds.add(first, second, (id = this.addTerm(first, second)));
    return id;
  }

  private addTerm(first: number, second: number): number {
    this.labels = null;
    this.first.push(first);
    this.second.push(second);
    return this.first.length - 1;
  }

  /** Per word term, its commonest surface form; ties go to the alphabetically first. */
  private wordLabels(): string[] {
    const labels: string[] = [];
    const best: number[] = [];
    this.surfaceWord.forEach((word, s) => {
      const term = this.surfaceTerm[s]!;
      if (term === NOT_A_TERM) return;
      const count = this.surfaceCount[s]!;
      const current = best[term];
      if (current === undefined || count > current || (count === current && word < labels[term]!)) {
        labels[term] = word;
        best[term] = count;
      }
    });
    return labels;
  }
}
