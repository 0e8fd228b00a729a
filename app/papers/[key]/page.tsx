// A paper's permalink: /papers/<arXiv ID or slug>. The rules (redirects, 404) are in
// ../paper-route.ts; old-style IDs with a slash are served by [number]/page.tsx.
import type { Metadata } from "next";
import { PaperView } from "@/components/paper/paper-view";
import { paperMetadata, requestOrigin, requirePaper, type PaperParams } from "../paper-route";

type PageProps = { params: Promise<PaperParams> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return paperMetadata(await params);
}

export default async function PaperPage({ params }: PageProps) {
  return <PaperView paper={await requirePaper(await params)} origin={await requestOrigin()} />;
}
