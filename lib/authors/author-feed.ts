// The Atom feed of one author's papers (newest first), for following a person in a feed
// reader; the XML writing and escaping are the search feed's (lib/exports/atom.ts).
import { atomFeed } from "../exports/atom";
import type { AuthorProfile } from "./queries";

export const AUTHOR_FEED_SIZE = 100;

export const authorPath = (slug: string) => `/authors/${encodeURIComponent(slug)}`;
export const authorFeedPath = (slug: string) => `${authorPath(slug)}/feed.atom`;

export function authorFeed(profile: Pick<AuthorProfile, "name" | "slug" | "allPapers">, origin: string, now: Date): string {
  const selfUrl = origin + authorFeedPath(profile.slug);
  return atomFeed({
    title: `Abstracta: papers by ${profile.name}`,
    id: selfUrl,
    selfUrl,
    alternateUrl: origin + authorPath(profile.slug),
    origin,
    papers: profile.allPapers.slice(0, AUTHOR_FEED_SIZE),
    now,
  });
}
