// The top of an author page: name, number of papers and years active, the feed and
// JSON links, why the count may be incomplete, and names that may be the same person.
import { authorFeedPath } from "@/lib/authors/author-feed";
import type { AuthorProfile } from "@/lib/authors/queries";

export type AuthorHeaderProps = { profile: AuthorProfile };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function AuthorHeader({ profile }: AuthorHeaderProps) {
  const { firstYear, lastYear, truncatedCount } = profile;
  const cut =
    profile.paperCount === 1
      ? "This paper lists only its first authors"
      : truncatedCount === 1
        ? "1 of these papers lists only its first authors"
        : `${truncatedCount} of these papers list only their first authors`;
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/authors" className="text-muted hover:text-accent hover:underline">
          Authors
        </a>
      </nav>
      <h1 className="font-serif text-3xl font-semibold tracking-tight text-balance break-words sm:text-4xl">{profile.name}</h1>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
        <span>
          <strong className="font-semibold text-foreground">{plural(profile.paperCount, "paper", "papers")}</strong>
          {firstYear === null ? null : firstYear === lastYear ? <> in {firstYear}</> : <> from {firstYear} to {lastYear}</>}
          {profile.undatedCount > 0 ? <> ({profile.undatedCount} undated)</> : null}
        </span>
        <a href={authorFeedPath(profile.slug)} className="text-sm text-accent underline underline-offset-2 hover:decoration-2">
          Atom feed
        </a>
        <a href={`/api/authors/${encodeURIComponent(profile.slug)}`} className="text-sm text-accent underline underline-offset-2 hover:decoration-2">
          JSON
        </a>
      </p>
      {truncatedCount > 0 ? (
        <p className="rounded-md border border-border bg-surface px-3 py-2 text-sm">
          <span className="mr-1.5 inline-block rounded bg-untitled px-1.5 py-0.5 text-xs text-untitled-foreground">author list cut</span>
          {cut} (“et al.”), so the count may be incomplete: papers where {profile.name} was among the
          authors cut off are not counted.
        </p>
      ) : null}
      {profile.possibleDuplicates.length > 0 ? (
        <p className="text-sm">
          Possibly the same person as{" "}
          {profile.possibleDuplicates.map((d, i) => (
            <span key={d.slug}>
              {i > 0 ? (i === profile.possibleDuplicates.length - 1 ? " and " : ", ") : null}
              <a href={`/authors/${encodeURIComponent(d.slug)}`} className="font-medium text-accent underline underline-offset-2">
                {d.name}
              </a>{" "}
              <span className="text-muted">({plural(d.paperCount, "paper", "papers")})</span>
            </span>
          ))}
          . <span className="text-muted">Names are merged only when they differ in case, accents, hyphens or spacing.</span>
        </p>
      ) : null}
    </header>
  );
}
