// A topic's page: its label, a per-year chart by category, its papers by year (newest
// first, ?year= to keep one year) with linked authors, and who writes most about it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { PaperYearGroups } from "@/components/authors/paper-year-groups";
import { TopicTimeline } from "@/components/topics/topic-timeline";
import { TopicAuthors } from "@/components/topics/topic-authors";
import { getTopic } from "@/lib/topics/queries";

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const yearSchema = z.coerce.number().int().min(1900).max(2100);
const loadTopic = cache((slug: string, year: number | undefined) => getTopic(slug, { year }));

async function pageTopic({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const raw = (await searchParams).year;
  const year = yearSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return loadTopic(slug, year.success ? year.data : undefined);
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const topic = await pageTopic(props);
  return { title: topic ? `Topic: ${topic.label}` : "Topic not found" };
}

export default async function TopicPage(props: PageProps) {
  const topic = await pageTopic(props);
  if (!topic) notFound();
  const path = `/topics/${encodeURIComponent(topic.slug)}`;
  const first = topic.years[0]?.year;
  const last = topic.years[topic.years.length - 1]?.year;
  const undated = topic.allPapers.filter((p) => p.year === null).length;

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <a href="/topics" className="text-muted hover:text-accent hover:underline">
            Topics
          </a>
        </nav>
        <h1 className="font-serif text-3xl font-semibold tracking-tight text-balance break-words sm:text-4xl">{topic.label}</h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
          <span>
            <strong className="font-semibold text-foreground">
              {topic.paperCount} {topic.paperCount === 1 ? "paper" : "papers"}
            </strong>
            {first !== undefined ? (first === last ? ` in ${first}` : ` from ${first} to ${last}`) : null}
            {undated > 0 ? ` (${undated} undated)` : null}
          </span>
          <a href={`/?topic=${encodeURIComponent(topic.slug)}`} className="text-sm text-accent underline underline-offset-2 hover:decoration-2">
            Search within this topic
          </a>
        </p>
      </header>
      <section aria-labelledby="timeline-heading" className="rounded-lg border border-border bg-surface p-4 shadow-xs sm:p-5">
        <h2 id="timeline-heading" className="mb-4 font-serif text-xl font-semibold">
          Timeline
        </h2>
        <TopicTimeline topic={topic} path={path} />
      </section>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="papers-heading" className="min-w-0 space-y-4">
          <h2 id="papers-heading" className="font-serif text-xl font-semibold">
            Papers{" "}
            <span className="font-sans text-base font-normal text-muted">
              {topic.year !== null ? `${topic.papers.length} of ${topic.paperCount}` : topic.paperCount}
            </span>
          </h2>
          {topic.year !== null ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-muted">Filtered by</span>
              <span className="inline-flex items-center gap-1 rounded-full bg-chip py-0.5 pr-1 pl-3 text-chip-foreground">
                Year: {topic.year}
                <a href={path} aria-label={`Clear Year: ${topic.year}`} className="rounded-full px-1.5 leading-tight hover:bg-border hover:text-foreground">
                  ×
                </a>
              </span>
            </p>
          ) : null}
          {topic.papers.length > 0 ? (
            <PaperYearGroups papers={topic.papers} currentTopic={topic.slug} />
          ) : (
            <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted">
              No papers on this topic in {topic.year}. <a href={path} className="text-accent underline underline-offset-2">Show every year</a>
            </p>
          )}
        </section>
        <aside aria-label="About this topic" className="min-w-0">
          <TopicAuthors authors={topic.authors} />
        </aside>
      </div>
    </div>
  );
}
