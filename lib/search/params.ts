// The search request, shared by the page (from searchParams) and GET /api/search:
// validated with zod so a bad parameter is a 400 that says which and why.

import { z } from "zod";

import { DEFAULT_PAGE_SIZE, SORTS } from "./search-state";

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().min(1).max(200)).max(20, "at most 20 values per facet"));

export const searchParamsSchema = z.object({
  q: z.string().max(500, "the query is longer than 500 characters").optional().default(""),
  page: z.coerce.number().int("page must be a whole number").min(1, "page starts at 1").max(10_000).optional().default(1),
  pageSize: z.coerce.number().int("pageSize must be a whole number").min(1, "pageSize is 1 to 100").max(100, "pageSize is 1 to 100").optional().default(DEFAULT_PAGE_SIZE),
  sort: z.enum(SORTS, { message: `sort is one of ${SORTS.join(", ")}` }).optional().default("relevance"),
  year: many.pipe(z.array(z.string().regex(/^\d{4}$/, "year is four digits"))),
  author: many,
  category: many,
  topic: many,
  hasId: many.pipe(z.array(z.enum(["yes", "no"], { message: "hasId is yes or no" }))),
});

export type SearchParams = z.output<typeof searchParamsSchema>;

/** URLSearchParams (or Next's searchParams object) to the raw shape zod reads. */
export function rawSearchParams(input: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as const) : [[k, v] as const]));
  for (const [k, v] of entries) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
