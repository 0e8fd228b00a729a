// The 404 of a permalink whose key no paper has: says so, echoing the key, and offers
// a search (and arXiv, for an ID) instead of a dead end.
import { UnknownPaper } from "@/components/paper/unknown-paper";

export default function PaperNotFound() {
  return <UnknownPaper />;
}
