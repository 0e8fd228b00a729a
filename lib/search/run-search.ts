// Search over the live library from raw request parameters: validate, search, present.
// Shared by the search page and GET /api/search so both answer the same.

import { getLibraryIndex } from "./library-index";
import { rawSearchParams, searchParamsSchema, type SearchParams } from "./params";
import { presentSearch, type PresentedResponse } from "./present";
import { search, searchAll } from "./search";
import type { SearchDocument } from "./documents";

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Throws a ZodError for bad parameters. */
export function parseSearchRequest(input: RawParams): SearchParams {
  return searchParamsSchema.parse(rawSearchParams(input));
}

export function runSearch(params: SearchParams): PresentedResponse {
  return presentSearch(search(getLibraryIndex(), params));
}

/** Every paper the search matches, in result order (exports, feeds). */
export function runSearchAll(params: SearchParams): SearchDocument[] {
  return searchAll(getLibraryIndex(), params);
}
