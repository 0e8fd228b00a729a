// The paper as schema.org JSON-LD, for search engines and reference managers.
import type { PaperDetail } from "@/lib/papers/queries";
import { jsonForScript, scholarlyArticle } from "@/lib/papers/scholarly-article";

export type PaperJsonLdProps = { paper: PaperDetail; url: string };

export function PaperJsonLd({ paper, url }: PaperJsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(scholarlyArticle(paper, url)) }} />;
}
