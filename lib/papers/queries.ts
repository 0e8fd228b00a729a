// Reads of the paper library for pages and CLI scripts: plain TypeScript over the one
// Prisma client, returning plain objects (no Prisma types leak to callers).
import { prisma, type PrismaClient } from "@/lib/db";
import { canonicalPaperKey, decidePaperKey, paperPath, readPaperKey, type PaperKeyDecision } from "./paper-key";

export type PaperAuthorRef = { name: string; slug: string };

/** Where a fact came from: one record of one pasted dump. */
export type PaperSourceDetail = {
  id: number;
  file: string;
  lineStart: number;
  lineEnd: number;
  /** The dump layout the record was parsed with ("alphaxiv-feed", ...). */
  format: string;
  /** The fields this source contributed ("title", "authors", ...). */
  fields: string[];
  batchId: number;
  /** When the batch was imported, ISO 8601. */
  importedAt: string;
  abstractVersionId: number | null;
};

export type AbstractVersionDetail = {
  id: number;
  text: string;
  batchId: number;
  importedAt: string;
  /** The sources that carried this text. */
  sources: Pick<PaperSourceDetail, "file" | "lineStart" | "lineEnd" | "format">[];
};

export type PaperDetail = {
  id: number;
  slug: string;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string | null;
  abstract: string | null;
  publishedAt: string | null;
  /** "day", "month", "id-month" (read from the arXiv ID) or null. */
  datePrecision: string | null;
  comments: string | null;
  organization: string | null;
  authorsTruncated: boolean;
  authors: PaperAuthorRef[];
  categories: string[];
  /** Every distinct abstract seen, in the order they were first stored. */
  versions: AbstractVersionDetail[];
  sources: PaperSourceDetail[];
};

export type PaperKeyResolution = PaperKeyDecision<PaperDetail>;

const LINES_ORDER = [{ file: "asc" as const }, { lineStart: "asc" as const }];

/** The paper a permalink key reaches (arXiv ID with or without version, or slug), with
 * everything its page shows; null when no paper has that key. */
export async function getPaperByKey(key: string, client: PrismaClient = prisma): Promise<PaperDetail | null> {
  const lookup = readPaperKey(key);
  const row = await client.paper.findUnique({
    where: "arxivId" in lookup ? { arxivId: lookup.arxivId } : { slug: lookup.slug },
    omit: { createdAt: true, updatedAt: true },
    include: {
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
      categories: { orderBy: { category: "asc" }, select: { category: true } },
      versions: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          text: true,
          batch: { select: { id: true, createdAt: true } },
          sources: { orderBy: LINES_ORDER, select: { file: true, lineStart: true, lineEnd: true, format: true } },
        },
      },
      sources: {
        orderBy: [{ batchId: "asc" }, ...LINES_ORDER],
        omit: { paperId: true },
        include: { batch: { select: { createdAt: true } } },
      },
    },
  });
  if (!row) return null;
  const { authors, categories, versions, sources, ...paper } = row;
  return {
    ...paper,
    authors: authors.map(({ author }) => ({ name: author.name, slug: author.slug })),
    categories: categories.map(({ category }) => category),
    versions: versions.map(({ batch, ...version }) => ({ ...version, batchId: batch.id, importedAt: batch.createdAt.toISOString() })),
    sources: sources.map(({ batch, fields, ...source }) => ({
      ...source,
      fields: parseFieldList(fields),
      importedAt: batch.createdAt.toISOString(),
    })),
  };
}

/** What a `/papers/<key>` request gets: the paper, a permanent redirect to its
 * canonical key (versioned ID, or the slug of a paper that has since gained an ID),
 * or nothing. */
export async function resolvePaperKey(key: string, client: PrismaClient = prisma): Promise<PaperKeyResolution> {
  const decision = decidePaperKey(key, await getPaperByKey(key, client));
  return decision.kind === "missing" ? resolveAlias(key, client) : decision;
}

/** A key no paper holds now may be an alias: an arXiv ID a paper lost when the import
 * that gave it was undone (redirects to the paper), or a removed paper's key (gone). */
async function resolveAlias(key: string, client: PrismaClient): Promise<PaperKeyResolution> {
  const lookup = readPaperKey(key);
  const alias = await client.paperAlias.findUnique({ where: { key: "arxivId" in lookup ? lookup.arxivId : lookup.slug } });
  if (!alias) return { kind: "missing" };
  if (alias.paperId === null) return { kind: "gone", reason: alias.reason };
  const paper = await client.paper.findUnique({ where: { id: alias.paperId }, select: { arxivId: true, slug: true } });
  return paper ? { kind: "redirect", to: paperPath(canonicalPaperKey(paper)) } : { kind: "missing" };
}

/** PaperSource.fields is a JSON array written by the importer; anything else reads as none. */
function parseFieldList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return [];
  }
}
