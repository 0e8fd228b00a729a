// One writer per dump layout: papers in, the text a person would paste out, in the shape
// of the seeds (and of the arXiv listing fixture). Each writer also says on which line
// every entry's record starts, which is how a check finds each parsed record's paper.

import type { CorpusLayout, CorpusPaper } from "./generate";

export type DumpEntry = { paper: CorpusPaper; abstract: string };
export type WrittenDump = { text: string; starts: number[] };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SUBJECTS: Record<string, string> = {
  "cs.LG": "Machine Learning", "stat.ML": "Machine Learning", "cs.CL": "Computation and Language",
  "math.OC": "Optimization and Control", "cs.AI": "Artificial Intelligence", "cs.CV": "Computer Vision and Pattern Recognition",
  "cs.IT": "Information Theory", "math.ST": "Statistics Theory", "cs.NE": "Neural and Evolutionary Computing",
  "cs.DS": "Data Structures and Algorithms", "math.PR": "Probability", "stat.TH": "Statistics Theory",
};

/** Lines with their 1-based numbers, as the importer counts them. */
class Lines {
  readonly lines: string[] = [];
  push(...lines: string[]): number {
    this.lines.push(...lines);
    return this.lines.length - lines.length + 1;
  }
  get text(): string {
    return `${this.lines.join("\n")}\n`;
  }
}

const versioned = (p: CorpusPaper) => `${p.arxivId}${p.arxivVersion ? `v${p.arxivVersion}` : ""}`;

/** "LGJun 12, 2023" / title glued to "First Author, Second Author et al. · org" / abstract. */
function alphaxivFeed(entries: DumpEntry[]): WrittenDump {
  const out = new Lines();
  const starts = entries.map(({ paper: p, abstract }) => {
    const [year, month, day] = p.publishedAt.split("-").map(Number) as [number, number, number];
    const code = p.categories[0]!.split(".")[1]!;
    const shown = p.authors.length > 3 ? `${p.authors.slice(0, 3).join(", ")} et al.` : p.authors.join(", ");
    const start = out.push(`${code}${MONTHS[month - 1]} ${day}, ${year}`, `${p.title}${shown}${p.organization ? ` · ${p.organization}` : ""}`, abstract);
    // Feeds show counters and buttons between some cards.
    if (p.index % 9 === 4) out.push(String((p.index % 37) + 2), "Bookmark");
    return start;
  });
  return { text: out.text, starts };
}

/** abstract, optional comments line, then "arXiv:ID" glued to the next abstract; the last ID alone. */
function abstractIdList(entries: DumpEntry[]): WrittenDump {
  const out = new Lines();
  let marker = "";
  const starts = entries.map(({ paper: p, abstract }) => {
    const start = out.push(`${marker}${abstract}`);
    if (p.comments) out.push(p.comments);
    marker = `arXiv:${versioned(p)}`;
    return start;
  });
  if (marker) out.push(marker);
  return { text: out.text, starts };
}

/** Hugging Face search: chrome, "Subscribe" glued to the first title, title and abstract lines. */
function hfSearch(entries: DumpEntry[]): WrittenDump {
  const out = new Lines();
  out.push("Get trending papers in your email inbox once a day!", "Get trending papers in your email inbox!");
  // The copy glues the button to a first title that starts with a capital.
  const glue = /^\p{Lu}/u.test(entries[0]?.paper.title ?? "");
  if (!glue) out.push("Subscribe");
  const starts = entries.map(({ paper: p, abstract }, i) => out.push(`${i === 0 && glue ? "Subscribe" : ""}${p.title}`, abstract));
  if (entries.length) out.push("Load more");
  return { text: out.text, starts };
}

/** "Abstract:" and the text, one paper a line. */
function abstractLines(entries: DumpEntry[]): WrittenDump {
  const out = new Lines();
  const starts = entries.map(({ abstract }) => out.push(`Abstract:${abstract}`));
  return { text: out.text, starts };
}

const PAGE = 500;

function listingPageHeader(out: Lines, month: string, entries: number): void {
  const [year, mm] = month.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(year, mm - 1, 28));
  out.push(
    "Skip to main content",
    "Cornell University",
    "We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors. Donate",
    "arxiv logo > cs.LG",
    "Help | Advanced Search",
    `Showing new listings for ${WEEKDAYS[day.getUTCDay()]}, 28 ${MONTH_NAMES[mm - 1]} ${year}`,
    `Total of ${entries} entries`,
    "Showing up to 2000 entries per page: fewer | more | all",
    `New submissions (showing ${entries} of ${entries} entries)`,
  );
}

const LISTING_FOOTER = ["About", "Help", "Contact", "Subscribe", "Copyright", "Privacy Policy", "Web Accessibility Assistance", "arXiv Operational Status"];

/** arXiv /list pages: per month (at most 500 entries a page) "[n] arXiv:ID", labelled lines, abstract. */
function arxivList(entries: DumpEntry[]): WrittenDump {
  const out = new Lines();
  const starts: number[] = [];
  for (let i = 0; i < entries.length; ) {
    const month = entries[i]!.paper.publishedAt.slice(0, 7);
    let end = i;
    while (end < entries.length && end - i < PAGE && entries[end]!.paper.publishedAt.slice(0, 7) === month) end++;
    listingPageHeader(out, month, end - i);
    for (let k = i; k < end; k++) {
      const { paper: p, abstract } = entries[k]!;
      starts.push(out.push(`[${k - i + 1}] arXiv:${p.arxivId} [pdf, ${p.index % 3 ? "html, " : ""}other]`, `Title: ${p.title}`, `Authors: ${p.authors.join(", ")}`));
      if (p.comments) out.push(`Comments: ${p.comments}`);
      out.push(`Subjects: ${p.categories.map((c) => `${SUBJECTS[c] ?? c} (${c})`).join("; ")}`, abstract);
    }
    out.push(`Total of ${end - i} entries`, ...LISTING_FOOTER);
    i = end;
  }
  return { text: out.text, starts };
}

export const WRITERS: Record<CorpusLayout, (entries: DumpEntry[]) => WrittenDump> = {
  "alphaxiv-feed": alphaxivFeed,
  "abstract-id-list": abstractIdList,
  "hf-search": hfSearch,
  "abstract-lines": abstractLines,
  "arxiv-list": arxivList,
};
