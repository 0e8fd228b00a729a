// What the two permalink routes share: [key] (an arXiv ID or slug) and [key]/[number]
// (old-style IDs such as math/0601001, whose slash stays a path separator as on arXiv).
// The key is resolved once per request; other keys of a paper redirect with a 308.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { canonicalPaperKey, keyFromSegments, paperPath } from "@/lib/papers/paper-key";
import { paperDescription, plainTitle } from "@/lib/papers/paper-text";
import { resolvePaperKey, type PaperDetail } from "@/lib/papers/queries";

/** Route params of both permalink routes. */
export type PaperParams = { key: string; number?: string };

const segmentsOf = ({ key, number }: PaperParams) => (number === undefined ? [key] : [key, number]);

const resolveKey = cache((key: string) => resolvePaperKey(key));

export type RequiredPaper = { paper: PaperDetail } | { gone: { key: string; reason: string } };

/** The paper the URL names, a note that it was removed, a permanent redirect to its
 * canonical URL, or the 404. */
export async function requirePaper(params: PaperParams): Promise<RequiredPaper> {
  const key = keyFromSegments(segmentsOf(params));
  const resolution = await resolveKey(key);
  if (resolution.kind === "redirect") permanentRedirect(resolution.to);
  if (resolution.kind === "missing") notFound();
  if (resolution.kind === "gone") return { gone: { key, reason: resolution.reason } };
  // "math%2F0601001" arrives as one segment: same paper, but the slash belongs in the path.
  if (params.number === undefined && key.includes("/")) permanentRedirect(paperPath(key));
  return { paper: resolution.paper };
}

/** This request's origin (behind a proxy, the one the reader typed), for absolute
 * links in previews; the layout sets no metadataBase and the app knows no public URL. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  try {
    return new URL(`${proto}://${host ?? "localhost"}`).origin;
  } catch {
    return "http://localhost";
  }
}

/** Title, description, canonical URL, OpenGraph and Twitter card of a permalink. */
export async function paperMetadata(params: PaperParams): Promise<Metadata> {
  const resolution = await resolveKey(keyFromSegments(segmentsOf(params)));
  // The page itself redirects or answers 404; these only label that answer.
  if (resolution.kind !== "found") return { title: "Paper not found", robots: { index: false } };
  const { paper } = resolution;
  const title = plainTitle(paper);
  const description = paperDescription(paper.abstract);
  const url = paperPath(canonicalPaperKey(paper));
  return {
    metadataBase: new URL(await requestOrigin()),
    title,
    description,
    authors: paper.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      siteName: "Abstracta",
      title,
      description,
      url,
      authors: paper.authors.map((a) => a.name),
      publishedTime: paper.publishedAt ?? undefined,
      tags: paper.categories,
    },
    twitter: { card: "summary", title, description },
  };
}
