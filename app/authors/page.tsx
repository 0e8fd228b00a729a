// The author index: every author, filtered by name (?q=, folding case and accents),
// sorted by name or number of papers (?sort=), fifty to a page (?page=).
import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { AuthorPageLinks, AuthorSearchForm, AuthorSortLinks, type AuthorIndexState } from "@/components/authors/author-index-controls";
import { AUTHOR_SORTS, listAuthors } from "@/lib/authors/queries";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Authors" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
// Lenient: a hand-edited bad value falls back to its default.
const stateSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  sort: z.enum(AUTHOR_SORTS).catch("name").default("name"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

export default async function AuthorsPage({ searchParams }: PageProps) {
  await connection();
  const raw = await searchParams;
  const state: AuthorIndexState = stateSchema.parse({ q: first(raw.q)?.trim(), sort: first(raw.sort), page: first(raw.page) });
  const index = await listAuthors(state);
  const years = (a: { firstYear: number | null; lastYear: number | null }) =>
    a.firstYear === null ? null : a.firstYear === a.lastYear ? `${a.firstYear}` : `${a.firstYear}–${a.lastYear}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Authors</h1>
        <p className="text-muted">
          {state.q ? `${index.total} ${index.total === 1 ? "author matches" : "authors match"} “${state.q}”.` : `${index.total} ${index.total === 1 ? "author" : "authors"} in the library.`}
        </p>
      </header>
      <AuthorSearchForm state={state} />
      <AuthorSortLinks state={state} />
      {index.authors.length > 0 ? (
        <ol aria-label="Authors" className="divide-y divide-border rounded-lg border border-border bg-surface shadow-xs">
          {index.authors.map((a) => (
            <li key={a.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-2.5">
              <a href={`/authors/${encodeURIComponent(a.slug)}`} className="min-w-0 font-medium break-words hover:text-accent hover:underline">
                {a.name}
              </a>
              <span className="text-sm text-muted tabular-nums">
                {a.paperCount} {a.paperCount === 1 ? "paper" : "papers"}
                {years(a) ? ` · ${years(a)}` : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted">
          No author’s name contains “{state.q}”. <a href="/authors" className="text-accent underline underline-offset-2">Show every author</a>
        </p>
      )}
      <AuthorPageLinks state={state} index={index} />
    </div>
  );
}
