// The filters of an author's paper list as the URL holds them (?year=2023&topic=…&
// position=first), parsed once for the page and the API, and the links that change them.
import { z } from "zod";

export const POSITIONS = ["first", "last", "solo"] as const;
export type PositionFilter = (typeof POSITIONS)[number];

// Each bound's message names the limit, for the API's 400.
export const authorFiltersSchema = z.object({
  year: z.coerce
    .number({ message: "year must be a whole number" })
    .int("year must be a whole number")
    .min(1900, "year is 1900 to 2100")
    .max(2100, "year is 1900 to 2100")
    .optional(),
  topic: z.string().trim().min(1, "topic cannot be empty").max(200, "topic is at most 200 characters").optional(),
  position: z.enum(POSITIONS, { message: `position is one of ${POSITIONS.join(", ")}` }).optional(),
});

export type AuthorFilters = z.infer<typeof authorFiltersSchema>;
export const FILTER_NAMES = ["year", "topic", "position"] as const satisfies readonly (keyof AuthorFilters)[];

type RawParams = Record<string, string | string[] | undefined>;
const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Strict parse (the API answers 400 on a bad value). */
export function parseAuthorFilters(params: URLSearchParams): AuthorFilters {
  return authorFiltersSchema.parse(Object.fromEntries(FILTER_NAMES.map((n) => [n, params.get(n) || undefined])));
}

/** Lenient parse for pages: a hand-edited bad value is dropped, the others kept. */
export function readAuthorFilters(params: RawParams): AuthorFilters {
  const out: AuthorFilters = {};
  for (const name of FILTER_NAMES) {
    const parsed = authorFiltersSchema.shape[name].safeParse(firstValue(params[name]));
    if (parsed.success && parsed.data !== undefined) Object.assign(out, { [name]: parsed.data });
  }
  return out;
}

/** The query string of a filter set, in a fixed order; "" when there is none. */
export function filterQuery(filters: AuthorFilters): string {
  const qs = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name] !== undefined) qs.set(name, String(filters[name]));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** A path with the filters changed: a value sets one, undefined clears it. */
export function filterHref(path: string, filters: AuthorFilters, change: Partial<AuthorFilters>): string {
  return path + filterQuery({ ...filters, ...change });
}

export const hasFilters = (filters: AuthorFilters) => FILTER_NAMES.some((n) => filters[n] !== undefined);
