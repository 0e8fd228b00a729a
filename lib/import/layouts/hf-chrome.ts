// The interface text huggingface.co prints around paper pages and paper lists (site menu,
// buttons, counters, "citing this paper" boxes, footer), shared by the Hugging Face layouts.

const EXACT = new Set(
  [
    // site menu
    "hugging face's logo", "hugging face", "models", "datasets", "spaces", "community", "docs", "enterprise",
    "pricing", "log in", "sign up", "papers", "posts", "search models, datasets, users...",
    // paper lists
    "daily papers", "trending papers", "by ak and the research community", "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!", "subscribe", "search any paper with ai", "submit",
    "daily", "weekly", "monthly", "previous", "next", "load more", "view all", "paper page", "new", "trending",
    // paper page
    "upvote", "view arxiv page", "view pdf", "project page", "github", "add to collection", "sign up or log in to comment",
    "edit social preview", "copy link", "share", "follow", "collection", "viewer", "·", "•", ",",
    // footer
    "system theme", "company", "tos", "privacy", "about", "jobs", "website", "learn", "social", "twitter", "linkedin",
    "discord", "changelog", "blog", "forum", "status", "inference endpoints", "join the community of machine learners and ai enthusiasts.",
  ].map((s) => s.toLowerCase()),
);

const PATTERNS: RegExp[] = [
  /^[+-]?\d[\d.,]{0,8}[km]?$/i, // upvotes, comments, stars: "27", "+4", "2.1k"
  /^#\d{1,4} paper of the (?:day|week|month)$/i,
  /^no (?:model|dataset|space|collection)s? (?:linking|including) this paper$/i,
  /^cite arxiv\.org\/abs\/\S{1,30} in a (?:model|dataset|space) readme\.md to link it from this page\.$/i,
  /^add this paper to a collection to link it from this page\.$/i,
  /^browse \d{1,6} (?:models?|datasets?|spaces?|collections?) (?:citing|that include) this paper$/i,
  /^on [a-z]{3,9}\.? \d{1,2}(?:, \d{4})?$/i, // the date after "Submitted by user"
  /^updated (?:about )?(?:\d{1,3} \w{3,8} ago|[a-z]{3} \d{1,2}(?:, \d{4})?)$/i,
];

/** True when the line is huggingface.co's own interface text, never part of a paper. */
export function isHfChrome(text: string): boolean {
  if (text.length > 200) return false;
  const folded = text.replace(/\s+/g, " ").toLowerCase();
  return EXACT.has(folded) || PATTERNS.some((p) => p.test(folded));
}

/** "Submitted by akhaliq", or "Submitted by" with the user name on the next line. */
export const SUBMITTED_BY = /^Submitted by(?: \S{1,60})?$/i;

/** An arXiv ID inside an arXiv or Hugging Face paper URL. */
export const ID_IN_PAPER_URL = /(?:arxiv\.org\/(?:abs|pdf)|huggingface\.co\/papers)\/(\d{4}\.\d{4,5}(?:v\d+)?)/i;
