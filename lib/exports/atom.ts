// An Atom 1.0 feed of papers, so a saved search can be followed in a feed reader. Every
// piece of text comes from pasted dumps, so all of it goes through escapeXml.

import type { SearchDocument } from "../search/documents";
import { rfc3339FromPublishedAt } from "./dates";
import { plainTitle } from "../papers/paper-text";
import { paperPermalink } from "./links";

// Characters XML 1.0 cannot carry even escaped (C0 controls except tab/LF/CR, lone
// surrogates, U+FFFE/U+FFFF): dropped, or the whole feed would fail to parse.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type AtomFeedInput = {
  title: string;
  /** A stable IRI for the feed (the same search always gives the same id). */
  id: string;
  selfUrl: string;
  alternateUrl: string;
  /** Used to make each paper's permalink absolute. */
  origin: string;
  papers: SearchDocument[];
  /** The feed's date when no paper is dated. */
  now: Date;
};

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function entryXml(paper: SearchDocument, origin: string, fallbackUpdated: string): string {
  const permalink = paperPermalink(origin, paper.key);
  const published = rfc3339FromPublishedAt(paper.publishedAt);
  const lines = [
    element("id", permalink),
    element("title", plainTitle(paper)),
    ...paper.authors.map((a) => `<author>${element("name", a.name)}</author>`),
    // Atom requires <updated>; an undated paper takes the feed's date rather than a made-up one.
    element("updated", published ?? fallbackUpdated),
    ...(published ? [element("published", published)] : []),
    `<link rel="alternate" type="text/html" href="${escapeXml(permalink)}"/>`,
    ...(paper.abstract?.trim() ? [`<summary type="text">${escapeXml(paper.abstract.trim())}</summary>`] : []),
    ...paper.categories.map((c) => `<category term="${escapeXml(c)}"/>`),
  ];
  return `  <entry>\n${lines.map((l) => `    ${l}`).join("\n")}\n  </entry>`;
}

/** The newest paper's date, else `now`: what changed last in the feed. */
export function feedUpdated(papers: SearchDocument[], now: Date): string {
  const dates = papers.map((p) => rfc3339FromPublishedAt(p.publishedAt)).filter((d): d is string => d !== null);
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function atomFeed(input: AtomFeedInput): string {
  const updated = feedUpdated(input.papers, input.now);
  const head = [
    element("title", input.title),
    element("id", input.id),
    element("updated", updated),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(input.alternateUrl)}"/>`,
    // The feed's own author, so entries with no recorded authors stay valid Atom.
    `<author>${element("name", "Abstracta")}</author>`,
    `<generator>Abstracta</generator>`,
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    ...head.map((l) => `  ${l}`),
    ...input.papers.map((p) => entryXml(p, input.origin, updated)),
    "</feed>",
    "",
  ].join("\n");
}
