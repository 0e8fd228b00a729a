// Reads a generated corpus back with the importer and compares with what was generated:
// every file parses in its layout without warnings and yields each entry's fields; the
// merge puts every paper's records into one draft and no two papers into one.

import { mergeRecords, type MergeResult } from "../import/merge";
import { parseDump, type ParsedDump } from "../import/parse-dump";
import type { ParsedRecord } from "../import/types";
import type { CorpusDump, Corpus } from "./dumps";
import type { CorpusLayout, CorpusPaper } from "./generate";

export type ParseCheck = { dumps: ParsedDump[]; wrongLayout: string[]; warnings: string[]; mismatches: string[] };

/** The fields a layout shows of a paper, as the importer should read them. */
function expectedFields(layout: CorpusLayout, p: CorpusPaper, abstract: string): Partial<ParsedRecord> {
  switch (layout) {
    case "alphaxiv-feed":
      return {
        title: p.title, authors: p.authors.slice(0, 3), authorsTruncated: p.authors.length > 3, organization: p.organization,
        publishedAt: p.publishedAt, categories: p.categories.slice(0, 1), abstract,
      };
    case "abstract-id-list":
      return { arxivId: p.arxivId, arxivVersion: p.arxivVersion, comments: p.comments, abstract };
    case "arxiv-list":
      return { arxivId: p.arxivId, title: p.title, authors: p.authors, comments: p.comments, categories: p.categories, abstract };
    case "hf-search":
      return { title: p.title, abstract };
    case "abstract-lines":
      return { abstract };
  }
}

function compareDump(corpus: Corpus, dump: CorpusDump, parsed: ParsedDump, mismatches: string[]): void {
  const byLine = new Map(parsed.records.map((r) => [r.source.line, r]));
  for (const entry of dump.entries) {
    const paper = corpus.papers[entry.paper]!;
    const record = byLine.get(entry.line);
    if (!record) {
      mismatches.push(`${dump.file}:${entry.line}: no record starts here`);
      continue;
    }
    const want = expectedFields(dump.layout, paper, entry.edited ? paper.edited! : paper.abstract);
    for (const [field, value] of Object.entries(want)) {
      const got = record[field as keyof ParsedRecord];
      if (JSON.stringify(got) !== JSON.stringify(value)) {
        mismatches.push(`${dump.file}:${entry.line}: ${field} ${JSON.stringify(got)?.slice(0, 120)}, wrote ${JSON.stringify(value)?.slice(0, 120)}`);
      }
    }
  }
  if (parsed.records.length !== dump.entries.length) mismatches.push(`${dump.file}: ${parsed.records.length} records, wrote ${dump.entries.length}`);
}

/** Parses every dump with the detected layout, as `npm run import` would. */
export function parseCorpus(corpus: Corpus): ParseCheck {
  const check: ParseCheck = { dumps: [], wrongLayout: [], warnings: [], mismatches: [] };
  for (const dump of corpus.dumps) {
    const parsed = parseDump(dump.text, dump.file);
    check.dumps.push(parsed);
    if (parsed.format !== dump.layout) check.wrongLayout.push(`${dump.file}: read as ${parsed.format}`);
    for (const w of parsed.warnings) check.warnings.push(`${w.file}:${w.line}: ${w.message}`);
    compareDump(corpus, dump, parsed, check.mismatches);
  }
  return check;
}

export type MergeCheck = {
  papers: number;
  records: number;
  drafts: number;
  /** Papers whose records ended in more than one draft (a merge missed). */
  splitPapers: number;
  /** Of those, papers none of whose drafts holds another paper: misses with no wrong merge to explain them. */
  splitUnexplained: number;
  /** Drafts holding records of more than one paper (papers merged that are not one). */
  mixedDrafts: number;
  /** Papers lost to such merges: drafts would equal papers without them. */
  papersMergedAway: number;
  /** Why the first record of each mixed draft's second paper joined it, with counts. */
  mixedBecause: Record<string, number>;
  twoVersionPapers: number;
  /** Two-version papers in one draft with both abstract versions kept. */
  twoVersionMerged: number;
  /** Two-version papers that no wrong merge touched, and how many of those merged with both versions. */
  twoVersionUntouched: number;
  twoVersionUntouchedMerged: number;
  possibleDuplicates: number;
  merged: MergeResult;
};

/** Dry merge of all records (no database), compared with which paper each record is. */
export function mergeCorpus(corpus: Corpus, dumps: ParsedDump[]): MergeCheck {
  const paperOf = new Map<string, number>();
  for (const d of corpus.dumps) for (const e of d.entries) paperOf.set(`${d.file}:${e.line}`, e.paper);
  const records = dumps.flatMap((d) => d.records);
  const merged = mergeRecords(records);
  const draftsOf = new Map<number, Set<number>>();
  let mixedDrafts = 0;
  let papersMergedAway = 0;
  const mixedBecause: Record<string, number> = {};
  merged.drafts.forEach((draft, i) => {
    const papers = new Set(draft.records.map((r) => paperOf.get(`${r.source.file}:${r.source.line}`)!));
    for (const p of papers) draftsOf.set(p, (draftsOf.get(p) ?? new Set()).add(i));
    if (papers.size > 1) {
      mixedDrafts++;
      papersMergedAway += papers.size - 1;
      const reason = merged.matchedBy.get(draft) ?? "?";
      mixedBecause[reason] = (mixedBecause[reason] ?? 0) + 1;
    }
  });
  const mixed = (i: number) => new Set(merged.drafts[i]!.records.map((r) => paperOf.get(`${r.source.file}:${r.source.line}`))).size > 1;
  const touched = (p: number) => [...(draftsOf.get(p) ?? [])].some(mixed);
  const split = [...draftsOf].filter(([, drafts]) => drafts.size > 1).map(([p]) => p);
  const twoVersion = corpus.papers.filter((p) => p.edited !== null);
  const mergedBoth = (p: CorpusPaper) => {
    const drafts = [...(draftsOf.get(p.index) ?? [])];
    return drafts.length === 1 && merged.drafts[drafts[0]!]!.abstracts.length >= 2;
  };
  const untouched = twoVersion.filter((p) => !touched(p.index));
  return {
    papers: corpus.papers.length,
    records: records.length,
    drafts: merged.drafts.length,
    splitPapers: split.length,
    splitUnexplained: split.filter((p) => !touched(p)).length,
    mixedDrafts,
    papersMergedAway,
    mixedBecause,
    twoVersionPapers: twoVersion.length,
    twoVersionMerged: twoVersion.filter(mergedBoth).length,
    twoVersionUntouched: untouched.length,
    twoVersionUntouchedMerged: untouched.filter(mergedBoth).length,
    possibleDuplicates: merged.duplicates.length,
    merged,
  };
}
