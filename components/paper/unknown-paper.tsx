"use client";
// The permalink 404's content. A not-found file receives no params, so the key is read
// back from the address: echoed, offered as a search (a slug's words), and for an arXiv
// ID a link to arXiv, since the paper may simply not be imported yet.
import { usePathname } from "next/navigation";
import { parseArxivId } from "@/lib/import/fields/arxiv-id";
import { keyFromSegments } from "@/lib/papers/paper-key";

/** The key of a /papers/… address, or "" elsewhere. */
function keyFromPath(pathname: string): string {
  const rest = pathname.replace(/^\/papers\/?/, "").replace(/\/+$/, "");
  return rest === pathname ? "" : keyFromSegments(rest.split("/"));
}

export function UnknownPaper() {
  const key = keyFromPath(usePathname() ?? "");
  const arxivId = parseArxivId(key)?.id ?? null;
  // A search for an ID would come straight back here, so only a slug's words prefill it.
  const query = arxivId ? "" : key.replace(/[-_/]+/g, " ").trim();

  return (
    <section aria-labelledby="unknown-paper-heading" className="mx-auto max-w-2xl py-10">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 id="unknown-paper-heading" className="mt-2 font-serif text-3xl font-semibold">
        No paper at this address
      </h1>
      <p className="mt-3 break-words">
        The library has no paper with the key <code className="rounded bg-chip px-1.5 py-0.5 font-mono text-sm text-chip-foreground">{key || "(none)"}</code>.
        {arxivId ? " It may not have been imported yet." : " The link may have a typo, or the paper was never imported."}
      </p>
      {arxivId ? (
        <p className="mt-2">
          <a href={`https://arxiv.org/abs/${arxivId}`} className="font-medium text-accent underline-offset-4 hover:underline">
            Look up arXiv:{arxivId} on arXiv
          </a>
        </p>
      ) : null}
      <form action="/" method="get" role="search" className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="unknown-paper-q" className="sr-only">
          Search the library
        </label>
        <input
          id="unknown-paper-q"
          type="search"
          name="q"
          defaultValue={query}
          placeholder="Titles, authors, abstracts"
          className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-background hover:opacity-90">
          Search
        </button>
      </form>
      <p className="mt-6">
        <a href="/" className="font-medium text-accent underline-offset-4 hover:underline">
          Browse the whole library
        </a>
      </p>
    </section>
  );
}
