// The schema.org ScholarlyArticle a permalink embeds as JSON-LD, so search engines and
// reference managers read title, authors, date and arXiv ID without scraping the page.
import type { PaperDetail } from "./queries";

type ArticlePaper = Pick<PaperDetail, "arxivId" | "title" | "abstract" | "publishedAt" | "authors" | "categories">;

/** `url` is the paper's absolute permalink; author pages are resolved against it. */
export function scholarlyArticle(paper: ArticlePaper, url: string): Record<string, unknown> {
  const arxivUrl = paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: paper.title ?? undefined,
    abstract: paper.abstract ?? undefined,
    author: paper.authors.map((a) => ({ "@type": "Person", name: a.name, url: new URL(`/authors/${a.slug}`, url).href })),
    datePublished: paper.publishedAt ?? undefined,
    keywords: paper.categories.length ? paper.categories.join(", ") : undefined,
    identifier: paper.arxivId ? { "@type": "PropertyValue", propertyID: "arXiv", value: paper.arxivId } : undefined,
    url,
    sameAs: arxivUrl,
  };
}

/** JSON for a <script> element: "<" escaped so a "</script>" in a dump cannot end it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
