// A paper's permalink: /papers/<arXiv ID or slug>. The rules (redirects, 404) are in
// ../paper-route.ts; old-style IDs with a slash are served by [number]/page.tsx.
import type { Metadata } from "next";
import { GonePaper } from "@/components/paper/gone-paper";
import { PaperView } from "@/components/paper/paper-view";
import { paperMetadata, requestOrigin, requirePaper, type PaperParams } from "../paper-route";

type PageProps = { params: Promise<PaperParams> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return paperMetadata(await params);
}

export default async function PaperPage({ params }: PageProps) {
  const required = await requirePaper(await params);
  if ("gone" in required) return <GonePaper paperKey={required.gone.key} reason={required.gone.reason} />;
  return <PaperView paper={required.paper} origin={await requestOrigin()} />;
}
