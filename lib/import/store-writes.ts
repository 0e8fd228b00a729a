// The row-level writes of an import batch: papers with their authors, categories,
// abstract versions, provenance and match keys. Called inside the batch transaction.

import type { Prisma } from "../generated/prisma/client";
import { authorKey, authorSlug } from "./fields/authors";
import { abstractText, matchKeys, type PaperDraft } from "./draft";
import type { DuplicatePair } from "./merge";
import { paperSlugBase } from "./paper-slug";
import type { PaperChange, PaperFields } from "./plan";
import type { ParsedRecord, RecordField } from "./types";

export type WriteContext = {
  tx: Prisma.TransactionClient;
  batchId: number;
  /** Paper id of every draft written in this batch. */
  ids: Map<PaperDraft, number>;
  authorIds: Map<string, number>;
};

async function slugTaken(ctx: WriteContext, slug: string, table: "paper" | "author"): Promise<boolean> {
  const row = table === "paper"
    ? await ctx.tx.paper.findUnique({ where: { slug }, select: { id: true } })
    : await ctx.tx.author.findUnique({ where: { slug }, select: { id: true } });
  return row !== null;
}

/** `base`, or `base-2`, `base-3`... whichever is free: clashes get a suffix. */
async function freeSlug(ctx: WriteContext, base: string, table: "paper" | "author"): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(ctx, slug, table))) return slug;
  }
}

async function authorId(ctx: WriteContext, name: string): Promise<number> {
  const key = authorKey(name);
  const known = ctx.authorIds.get(key);
  if (known) return known;
  const found = await ctx.tx.author.findUnique({ where: { key }, select: { id: true } });
  const id = found?.id ?? (await ctx.tx.author.create({ data: { name, key, slug: await freeSlug(ctx, authorSlug(name) || "author", "author") } })).id;
  ctx.authorIds.set(key, id);
  return id;
}

function columns(fields: PaperFields) {
  const { authors: _authors, categories: _categories, ...scalars } = fields;
  return scalars;
}

async function writeAuthorsAndCategories(ctx: WriteContext, paperId: number, fields: PaperFields) {
  await ctx.tx.paperAuthor.deleteMany({ where: { paperId } });
  for (const [position, name] of fields.authors.entries()) {
    await ctx.tx.paperAuthor.create({ data: { paperId, position, authorId: await authorId(ctx, name) } });
  }
  await ctx.tx.paperCategory.deleteMany({ where: { paperId } });
  if (fields.categories.length) {
    await ctx.tx.paperCategory.createMany({ data: fields.categories.map((category) => ({ paperId, category })) });
  }
}

function contributed(record: ParsedRecord): RecordField[] {
  const fields: RecordField[] = [];
  if (record.arxivId) fields.push("arxivId");
  if (record.title) fields.push("title");
  if (record.authors.length) fields.push("authors");
  if (record.publishedAt) fields.push("publishedAt");
  if (record.categories.length) fields.push("categories");
  if (record.comments) fields.push("comments");
  if (record.abstract) fields.push("abstract");
  if (record.organization) fields.push("organization");
  return fields;
}

async function writeVersionsAndSources(ctx: WriteContext, paperId: number, draft: PaperDraft, sources: ParsedRecord[]) {
  const versionIds = new Map<string, number>();
  for (const v of await ctx.tx.abstractVersion.findMany({ where: { paperId }, select: { id: true, textHash: true } })) {
    versionIds.set(v.textHash, v.id);
  }
  for (const a of draft.abstracts) {
    if (versionIds.has(a.hash)) continue;
    const row = await ctx.tx.abstractVersion.create({ data: { paperId, text: a.text, textHash: a.hash, batchId: ctx.batchId } });
    versionIds.set(a.hash, row.id);
  }
  for (const record of sources) {
    await ctx.tx.paperSource.create({
      data: {
        paperId,
        batchId: ctx.batchId,
        file: record.source.file,
        lineStart: record.source.line,
        lineEnd: record.source.endLine,
        format: record.source.format,
        fields: JSON.stringify(contributed(record)),
        abstractVersionId: record.abstract ? (versionIds.get(abstractText(record.abstract).hash) ?? null) : null,
      },
    });
  }
  await ctx.tx.matchKey.createMany({ data: matchKeys(draft).map((key) => ({ key, paperId })) });
}

export async function writeNewPaper(ctx: WriteContext, change: Extract<PaperChange, { kind: "new" }>) {
  const slug = await freeSlug(ctx, paperSlugBase(change.fields.title, change.fields.abstract), "paper");
  const paper = await ctx.tx.paper.create({ data: { ...columns(change.fields), slug } });
  ctx.ids.set(change.draft, paper.id);
  await writeAuthorsAndCategories(ctx, paper.id, change.fields);
  await writeVersionsAndSources(ctx, paper.id, change.draft, change.sources);
}

export async function writeMergedPaper(ctx: WriteContext, change: Extract<PaperChange, { kind: "merged" }>) {
  const paperId = change.draft.storedId;
  ctx.ids.set(change.draft, paperId);
  await ctx.tx.paper.update({ where: { id: paperId }, data: columns(change.fields) });
  if (change.changed.includes("authors") || change.changed.includes("categories")) {
    await writeAuthorsAndCategories(ctx, paperId, change.fields);
  }
  await ctx.tx.matchKey.deleteMany({ where: { paperId } });
  await writeVersionsAndSources(ctx, paperId, change.draft, change.sources);
}

export async function writeDuplicates(ctx: WriteContext, pairs: DuplicatePair[]) {
  for (const pair of pairs) {
    const a = ctx.ids.get(pair.a) ?? pair.a.storedId;
    const b = ctx.ids.get(pair.b) ?? pair.b.storedId;
    if (!a || !b || a === b) continue;
    const [paperAId, paperBId] = a < b ? [a, b] : [b, a];
    await ctx.tx.possibleDuplicate.upsert({
      where: { paperAId_paperBId: { paperAId, paperBId } },
      create: { paperAId, paperBId, reason: pair.reason, score: pair.score },
      update: {},
    });
  }
}
