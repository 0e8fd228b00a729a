// The search query shared by the server (prefetch, then hydrate) and the browser pane:
// one key per canonical query string, one fetch of GET /api/search.

import { queryOptions } from "@tanstack/react-query";
import type { PresentedResponse } from "./present";

export const searchQueryKey = (qs: string) => ["search", qs] as const;

export function searchQueryOptions(qs: string) {
  return queryOptions({
    queryKey: searchQueryKey(qs),
    queryFn: async ({ signal }): Promise<PresentedResponse> => {
      const response = await fetch(`/api/search?${qs}`, { signal });
      if (!response.ok) throw new Error(`search failed (${response.status})`);
      return response.json();
    },
    staleTime: 30_000,
  });
}
