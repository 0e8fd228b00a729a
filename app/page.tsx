// The search page (home): the first state is searched and rendered on the server from
// the URL (it works without JavaScript), then hydrated into the interactive pane.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { QueryProvider } from "@/components/query-provider";
import { SearchPane } from "@/components/search/search-pane";
import { arxivIdInQuery } from "@/lib/search/arxiv-query";
import { rawSearchParams, searchParamsSchema } from "@/lib/search/params";
import { searchQueryKey } from "@/lib/search/query-options";
import { runSearch } from "@/lib/search/run-search";
import { toQueryString } from "@/lib/search/search-state";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const q = rawSearchParams(await searchParams).q;
  return { title: typeof q === "string" && q ? `Search: ${q}` : "Search the library", alternates: { types: { "application/atom+xml": "/feed.atom" } } };
}

export default async function SearchPage({ searchParams }: PageProps) {
  await connection();
  const raw = rawSearchParams(await searchParams);
  const id = typeof raw.q === "string" ? arxivIdInQuery(raw.q) : null;
  if (id) redirect(`/papers/${id}`);
  // A hand-edited URL with a bad parameter still gets a page: the defaults, minus it.
  const parsed = searchParamsSchema.safeParse(raw);
  const params = parsed.success ? parsed.data : searchParamsSchema.parse({ q: typeof raw.q === "string" ? raw.q.slice(0, 500) : "" });
  const data = runSearch(params);
  const queryClient = new QueryClient();
  queryClient.setQueryData(searchQueryKey(toQueryString(params)), data);
  return (
    <QueryProvider>
      <h1 className="sr-only">Search the library</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SearchPane />
      </HydrationBoundary>
    </QueryProvider>
  );
}
