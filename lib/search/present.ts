// Search results as the UI shows them: title and snippet as safe HTML with formulas
// typeset and matched words marked (server-side, so the browser needs no KaTeX).

import { richTextHtml } from "../papers/rich-text";
import type { SearchResponse, SearchResult } from "./search";

export type PresentedResult = SearchResult & { titleHtml: string | null; snippetHtml: string };
export type PresentedResponse = Omit<SearchResponse, "results"> & { results: PresentedResult[] };

export function presentSearch(response: SearchResponse): PresentedResponse {
  return {
    ...response,
    results: response.results.map((r) => ({
      ...r,
      titleHtml: r.title ? richTextHtml(r.title, response.highlights) : null,
      snippetHtml: richTextHtml(r.snippet, response.highlights),
    })),
  };
}
