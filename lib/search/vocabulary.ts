// Every indexed word with its document frequency: idf for ranking, prefix expansion
// for the word being typed, and the correction of a mistyped word.

export class Vocabulary {
  private readonly sorted: string[];

  constructor(private readonly df: Map<string, number>, readonly documentCount: number) {
    this.sorted = [...df.keys()].sort();
  }

  static fromDocuments(tokenLists: string[][]): Vocabulary {
    const df = new Map<string, number>();
    for (const tokens of tokenLists) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    return new Vocabulary(df, tokenLists.length);
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  idf(term: string): number {
    return Math.log(1 + this.documentCount / (1 + (this.df.get(term) ?? 0)));
  }

  /** Up to `limit` words that start with `prefix`, most frequent first. */
  expand(prefix: string, limit = 30): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix) && found.length < 1000; i++) found.push(this.sorted[i]!);
    return found.sort((a, b) => (this.df.get(b) ?? 0) - (this.df.get(a) ?? 0)).slice(0, limit);
  }

  /** The most frequent word one edit away (two for long words), or null. */
  correct(term: string): string | null {
    if (term.length < 4) return null;
    const maxEdits = term.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDf = 0;
    for (const [word, df] of this.df) {
      if (Math.abs(word.length - term.length) > maxEdits || df <= bestDf) continue;
      if (editDistance(term, word, maxEdits) <= maxEdits) {
        best = word;
        bestDf = df;
      }
    }
    return best;
  }
}

/** Damerau-Levenshtein distance (adjacent swaps count once), cut off above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}
