// GET /papers/<key>/bibtex: the paper's BibTeX entry as plain text, a 308 to the
// canonical key's entry, or a 404 that says where to look instead.
import { keyFromSegments } from "@/lib/papers/paper-key";
import { paperBibtex } from "@/lib/papers/bibtex";
import { resolvePaperKey } from "@/lib/papers/queries";

const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function bibtexResponse(segments: string[]): Promise<Response> {
  const key = keyFromSegments(segments);
  const resolution = await resolvePaperKey(key);
  if (resolution.kind === "redirect") {
    return new Response(null, { status: 308, headers: { Location: `${resolution.to}/bibtex` } });
  }
  if (resolution.kind === "gone") {
    return new Response(`The paper "${key}" is no longer in this library: ${resolution.reason}.\n`, { status: 410, headers: TEXT });
  }
  if (resolution.kind === "missing") {
    const body = `No paper in this library has the key "${key}".\nSearch the library: /?q=${encodeURIComponent(key.replace(/-/g, " "))}\n`;
    return new Response(body, { status: 404, headers: TEXT });
  }
  return new Response(paperBibtex(resolution.paper), { headers: TEXT });
}
