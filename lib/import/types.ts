// The shapes that flow through the importer: input lines, what a layout parser finds,
// and the warnings it reports. Parsers produce these; merge and store consume them.

/** One non-blank input line, trimmed, with its 1-based number in the original file. */
export type Line = { no: number; text: string };

/** Where a record came from. `line` is the first line, `endLine` the last. */
export type SourceRef = { file: string; line: number; endLine: number; format: string };

export type ParseWarning = { file: string; line: number; message: string };

/** The fields a source can contribute; provenance records which ones each did. */
export type RecordField =
  | "arxivId"
  | "title"
  | "authors"
  | "publishedAt"
  | "categories"
  | "comments"
  | "abstract"
  | "organization";

/** One paper as one source saw it. Absent facts are null / empty, never invented. */
export type ParsedRecord = {
  arxivId: string | null; // unversioned: "2302.11055", "math/0601001"
  arxivVersion: number | null;
  title: string | null;
  authors: string[];
  authorsTruncated: boolean; // the source cut the list ("et al.")
  organization: string | null;
  publishedAt: string | null; // "YYYY-MM-DD" | "YYYY-MM"
  categories: string[]; // full arXiv codes: "cs.LG"
  comments: string | null;
  abstract: string | null;
  source: SourceRef;
};

export type ParseContext = { file: string };

export type ParseResult = {
  records: ParsedRecord[];
  warnings: ParseWarning[];
  /** Line numbers recognised as page chrome (menus, buttons, headers). */
  chrome: number[];
};

/** A dump layout. Adding a layout means adding one module and registering it. */
export interface LayoutParser {
  /** Stable name, used by `--format` and in provenance. */
  readonly name: string;
  readonly description: string;
  /** Confidence 0..1 that these lines are in this layout. Cheap; looks at structure. */
  detect(lines: Line[]): number;
  parse(lines: Line[], ctx: ParseContext): ParseResult;
}

/** A typed importer failure that names the file and line. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = "ImportError";
  }
}

/** A record with empty fields, to be filled by a parser. */
export function emptyRecord(source: SourceRef): ParsedRecord {
  return {
    arxivId: null,
    arxivVersion: null,
    title: null,
    authors: [],
    authorsTruncated: false,
    organization: null,
    publishedAt: null,
    categories: [],
    comments: null,
    abstract: null,
    source,
  };
}
