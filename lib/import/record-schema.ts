// The trust boundary: every parsed record passes this schema before merge and store.

import { z } from "zod";
import type { ParsedRecord } from "./types";

const dateString = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "date must be YYYY-MM or YYYY-MM-DD");

export const parsedRecordSchema = z
  .object({
    arxivId: z.string().regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/).nullable(),
    arxivVersion: z.number().int().positive().nullable(),
    title: z.string().min(1).max(1000).nullable(),
    authors: z.array(z.string().min(1).max(200)).max(2000),
    authorsTruncated: z.boolean(),
    organization: z.string().max(200).nullable(),
    publishedAt: dateString.nullable(),
    categories: z.array(z.string().min(1).max(40)).max(20),
    comments: z.string().max(2000).nullable(),
    abstract: z.string().min(1).max(20000).nullable(),
    source: z.object({
      file: z.string(),
      line: z.number().int().positive(),
      endLine: z.number().int().positive(),
      format: z.string(),
    }),
  })
  // A paper is known by one of these; a record with none would be an empty paper.
  .refine((r) => r.title !== null || r.abstract !== null || r.arxivId !== null, "a record needs a title, an abstract or an arXiv ID");

/** What is wrong with a record, as "field: message", or null when it passes the schema. */
export function recordProblem(record: ParsedRecord): string | null {
  const checked = parsedRecordSchema.safeParse(record);
  if (checked.success) return null;
  const issue = checked.error.issues[0]!;
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}
