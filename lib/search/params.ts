// The search request, shared by the page (from searchParams) and GET /api/search:
// validated with zod so a bad parameter is a 400 that says which and why. Every parameter
// is bounded, and each bound's message names the limit that was hit.

import { z } from "zod";

import { DEFAULT_PAGE_SIZE, SORTS } from "./search-state";

export const SEARCH_LIMITS = { queryLength: 500, maxPage: 10_000, maxPageSize: 100, facetValues: 20, facetValueLength: 200 } as const;

/** A whole number in [min, max] from a query string value, with one message per limit. */
const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} is ${min} to ${max}`)
    .max(max, `${name} is ${min} to ${max}`);

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(
    z
      .array(
        z
          .string()
          .min(1, "a facet value cannot be empty")
          .max(SEARCH_LIMITS.facetValueLength, `a facet value is at most ${SEARCH_LIMITS.facetValueLength} characters`),
      )
      .max(SEARCH_LIMITS.facetValues, `at most ${SEARCH_LIMITS.facetValues} values per facet`),
  );

export const searchParamsSchema = z.object({
  q: z
    .string({ message: "q is given once" })
    .max(SEARCH_LIMITS.queryLength, `the query is longer than ${SEARCH_LIMITS.queryLength} characters`)
    .optional()
    .default(""),
  page: wholeNumber("page", 1, SEARCH_LIMITS.maxPage).optional().default(1),
  pageSize: wholeNumber("pageSize", 1, SEARCH_LIMITS.maxPageSize).optional().default(DEFAULT_PAGE_SIZE),
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
