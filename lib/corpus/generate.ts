// The synthetic library as facts: papers with a date (2015–2026), an arXiv ID whose
// year-month matches it, a unique title, authors, categories, comments, an abstract, and
// for some papers a second, edited abstract shown by a second dump layout. Deterministic:
// the same options give the same papers.

import { AbstractWriter } from "./abstracts";
import { AuthorPicker, makeAuthorPool } from "./authors";
import { CoinedNames, PaperNames } from "./coined";
import { Random } from "./random";
import { loadSeedText, type SeedText } from "./seed-text";
import { TitleWriter } from "./titles";

export const CORPUS_LAYOUTS = ["alphaxiv-feed", "arxiv-list", "abstract-id-list", "hf-search", "abstract-lines"] as const;
export type CorpusLayout = (typeof CORPUS_LAYOUTS)[number];

export const DEFAULT_SEED = 20_150_101;

export type CorpusPaper = {
  /** 0-based, in date order. */
  index: number;
  arxivId: string;
  arxivVersion: number | null;
  /** "YYYY-MM-DD". */
  publishedAt: string;
  title: string;
  authors: string[];
  /** Full arXiv codes, the primary one first. */
  categories: string[];
  comments: string | null;
  organization: string | null;
  abstract: string;
  /** The version a second dump shows, or null when the paper is in one dump only. */
  edited: string | null;
  /** The dumps that show the paper: the first shows `abstract`, the second `edited`. */
  layouts: CorpusLayout[];
};

export type CorpusOptions = {
  papers: number;
  seed?: number;
  /** Share of papers shown by two layouts, with two abstract versions. */
  twiceShare?: number;
  seedText?: SeedText;
};

const LAYOUT_WEIGHTS: [CorpusLayout, number][] = [
  ["alphaxiv-feed", 30], ["arxiv-list", 20], ["abstract-id-list", 20], ["hf-search", 20], ["abstract-lines", 10],
];
// Submissions grow year on year; 2026 runs to October.
const YEAR_WEIGHTS: [number, number][] = [
  [2015, 1], [2016, 1.3], [2017, 1.7], [2018, 2.2], [2019, 2.8], [2020, 3.3], [2021, 3.8], [2022, 4.3], [2023, 5],
  [2024, 5.8], [2025, 6.5], [2026, 5.4],
];
const LAST_MONTH_2026 = 10;
const CATEGORY_WEIGHTS: [string, number][] = [
  ["cs.LG", 40], ["stat.ML", 14], ["cs.CL", 12], ["math.OC", 7], ["cs.AI", 8], ["cs.CV", 4], ["cs.IT", 3],
  ["math.ST", 3], ["cs.NE", 3], ["cs.DS", 3], ["math.PR", 2], ["stat.TH", 1],
];
const ORGANIZATIONS = ["apple-ml", "google-deepmind", "meta-ai", "microsoft-research", "mit-csail", "stanford-ai", "eth-zurich", "mila"];
const VENUES = ["NeurIPS", "ICML", "ICLR", "COLT", "AISTATS", "ALT", "UAI"];

function comments(random: Random, year: number): string {
  const pages = random.int(8, 60);
  return random.weighted<() => string>([
    [() => `${pages} pages`, 3],
    [() => `${pages} pages, ${random.int(1, 12)} figures`, 4],
    [() => `${pages} pages, ${random.int(1, 9)} figures, ${random.int(1, 5)} tables`, 1],
    [() => `Accepted at ${random.pick(VENUES)} ${Math.min(year + 1, 2026)}`, 2],
    [() => `${random.pick(VENUES)} ${Math.min(year + 1, 2026)} camera-ready; ${pages} pages`, 1],
    [() => "Preprint. Under review", 1],
    [() => `${pages} pages; code available`, 1],
  ])();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Dates for `count` papers, sorted, so paper indexes and ID sequences follow time. */
function drawDates(random: Random, count: number): string[] {
  const dates = Array.from({ length: count }, () => {
    const year = random.weighted(YEAR_WEIGHTS);
    const month = random.int(1, year === 2026 ? LAST_MONTH_2026 : 12);
    return `${year}-${pad(month)}-${pad(random.int(1, daysIn(year, month)))}`;
  });
  return dates.sort();
}

/** New-style IDs (YYMM.NNNNN) matching each date's month, unique, rising within a month. */
function assignIds(random: Random, dates: string[]): string[] {
  const perMonth = new Map<string, number>();
  for (const d of dates) perMonth.set(d.slice(0, 7), (perMonth.get(d.slice(0, 7)) ?? 0) + 1);
  const busiest = Math.max(...perMonth.values());
  if (busiest > 90_000) throw new Error(`${busiest} papers in one month: arXiv sequence numbers have five digits`);
  const maxGap = Math.max(1, Math.min(25, Math.floor(90_000 / busiest)));
  const next = new Map<string, number>();
  return dates.map((d) => {
    const month = d.slice(0, 7);
    const seq = (next.get(month) ?? random.int(1, 99_999 - 90_000)) + random.int(1, maxGap);
    next.set(month, seq);
    return `${d.slice(2, 4)}${d.slice(5, 7)}.${pad(seq, 5)}`;
  });
}

export function generatePapers(options: CorpusOptions): CorpusPaper[] {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const count = options.papers;
  const twiceShare = options.twiceShare ?? 0.1;
  const seed = options.seedText ?? loadSeedText();
  const dates = drawDates(random.fork("dates"), count);
  const ids = assignIds(random.fork("ids"), dates);
  const pool = makeAuthorPool(random.fork("author-pool"), Math.max(30, Math.round(count * 1.2)), seed.authors);
  const authors = new AuthorPicker(pool, random.fork("collaborators").seed);
  const coined = new CoinedNames(random.fork("coined"), Math.max(50, Math.round(count / 4)));
  const abstracts = new AbstractWriter(seed.abstracts);
  const titles = new TitleWriter(seed.titles);

  return dates.map((publishedAt, index): CorpusPaper => {
    const r = random.fork(`paper:${index}`);
    const names = new PaperNames(Array.from({ length: r.int(1, 2) }, () => coined.pick(r)), coined, r);
    const year = Number(publishedAt.slice(0, 4));
    const categories = [r.weighted(CATEGORY_WEIGHTS)];
    for (let extra = r.weighted([[0, 5], [1, 4], [2, 2]] as [number, number][]); extra > 0; extra--) {
      const c = r.weighted(CATEGORY_WEIGHTS);
      if (!categories.includes(c)) categories.push(c);
    }
    const paper: CorpusPaper = {
      index,
      arxivId: ids[index]!,
      arxivVersion: r.chance(0.15) ? r.int(2, 3) : null,
      publishedAt,
      title: titles.title(r, names),
      authors: authors.pick(r),
      categories,
      comments: r.chance(0.35) ? comments(r, year) : null,
      organization: r.chance(0.08) ? r.pick(ORGANIZATIONS) : null,
      abstract: abstracts.abstract(r, r.int(140, 230), names),
      edited: null,
      layouts: [r.weighted(LAYOUT_WEIGHTS)],
    };
    if (r.chance(twiceShare)) {
      paper.layouts.push(r.weighted(LAYOUT_WEIGHTS.filter(([l]) => l !== paper.layouts[0])));
      paper.edited = abstracts.edited(r, paper.abstract, names);
    }
    return paper;
  });
}
