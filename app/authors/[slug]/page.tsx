// An author's page: who they are in the library (papers, years, timeline), their papers
// by year with filters the URL keeps (?year, ?topic, ?position), coauthors and topics.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AuthorFacts } from "@/components/authors/author-facts";
import { AuthorFilterBar } from "@/components/authors/author-filter-bar";
import { AuthorHeader } from "@/components/authors/author-header";
import { AuthorTimeline } from "@/components/authors/author-timeline";
import { PaperYearGroups } from "@/components/authors/paper-year-groups";
import { authorFeedPath, authorPath } from "@/lib/authors/author-feed";
import { filterQuery, hasFilters, readAuthorFilters } from "@/lib/authors/filters";
import { capListedPapers } from "@/lib/authors/profile";
import { getAuthorProfile } from "@/lib/authors/queries";

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page ask for the same profile: one read per request.
const loadProfile = cache((slug: string, query: string) => getAuthorProfile(slug, readAuthorFilters(Object.fromEntries(new URLSearchParams(query)))));

async function pageProfile({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const filters = readAuthorFilters(await searchParams);
  return { filters, profile: await loadProfile(slug, filterQuery(filters)) };
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { profile } = await pageProfile(props);
  if (!profile) return { title: "Author not found" };
  return {
    title: profile.name,
    description: `${profile.paperCount} papers by ${profile.name} in the library`,
    alternates: { types: { "application/atom+xml": authorFeedPath(profile.slug) } },
  };
}

export default async function AuthorPage(props: PageProps) {
  const { filters, profile } = await pageProfile(props);
  if (!profile) notFound();
  const path = authorPath(profile.slug);
  const labels = new Map(profile.topics.map((t) => [t.slug, t.label]));
  const shown = profile.papers.length;
  const { listed, omitted } = capListedPapers(profile.papers);

  return (
    <div className="space-y-8">
      <AuthorHeader profile={profile} />
      <section aria-labelledby="timeline-heading" className="rounded-lg border border-border bg-surface p-4 shadow-xs sm:p-5">
        <h2 id="timeline-heading" className="mb-4 font-serif text-xl font-semibold">
          Timeline
        </h2>
        <AuthorTimeline profile={profile} path={path} />
      </section>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="papers-heading" className="min-w-0 space-y-4">
          <h2 id="papers-heading" className="font-serif text-xl font-semibold">
            Papers{" "}
            <span className="font-sans text-base font-normal text-muted">
              {hasFilters(filters) ? `${shown} of ${profile.paperCount}` : profile.paperCount}
            </span>
          </h2>
          <AuthorFilterBar path={path} filters={filters} topicLabel={(s) => labels.get(s) ?? s} />
          {omitted > 0 && (
            <p className="rounded-lg border border-border bg-surface p-3 text-sm text-muted">
              Showing the {listed.length} newest of {shown} papers. Pick a year in the timeline or a topic to see the others, or{" "}
              <a href={`/?q=${encodeURIComponent(`au:"${profile.name}"`)}`} className="text-accent underline underline-offset-2">
                search all of them
              </a>
              .
            </p>
          )}
          {shown > 0 ? (
            <PaperYearGroups papers={listed} currentAuthor={profile.slug} />
          ) : (
            <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted">
              No papers match these filters. <a href={path} className="text-accent underline underline-offset-2">Show all papers</a>
            </p>
          )}
        </section>
        <aside aria-label="About this author" className="min-w-0">
          <AuthorFacts profile={profile} path={path} />
        </aside>
      </div>
    </div>
  );
}
