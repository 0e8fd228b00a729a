// The topic index: every topic computed from the library, most papers first.
import type { Metadata } from "next";
import { connection } from "next/server";
import { listTopics } from "@/lib/topics/queries";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  await connection();
  const topics = await listTopics();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Topics</h1>
        <p className="text-muted">
          {topics.length > 0
            ? `${topics.length} key phrases that several abstracts share, found in the library itself, by number of papers.`
            : "No topics yet: they are computed from the library after each import."}
        </p>
      </header>
      {topics.length > 0 ? (
        <ol aria-label="Topics" className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((t) => (
            <li key={t.slug} className="flex items-baseline justify-between gap-3 border-b border-border py-2">
              <a href={`/topics/${encodeURIComponent(t.slug)}`} className="min-w-0 break-words hover:text-accent hover:underline">
                {t.label}
              </a>
              <span className="shrink-0 font-mono text-xs text-muted tabular-nums">
                {t.paperCount}
                <span className="sr-only"> {t.paperCount === 1 ? "paper" : "papers"}</span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
