// The interface text arxiv.org prints around abstract pages, listings and search
// results (header, search box, sidebar tools, footer), shared by the three arXiv layouts.

const EXACT = new Set(
  [
    // header and search box
    "skip to main content", "cornell university", "donate", "help | advanced search", "advanced search",
    "all fields", "title", "author", "author(s)", "abstract", "comments", "journal reference",
    "acm classification", "msc classification", "report number", "arxiv identifier", "doi", "orcid",
    "license (uri)", "arxiv author id", "help pages", "full text", "search", "open search", "go",
    "open navigation menu", "quick links", "login", "about", "help", "search arxiv.org",
    // abstract page: access links and the sidebar
    "view pdf", "view pdf html (experimental)", "html (experimental)", "download pdf", "tex source",
    "other formats", "view license", "full-text links:", "access paper:", "current browse context:",
    "change to browse by:", "references & citations", "nasa ads", "google scholar", "semantic scholar",
    "inspire hep", "a export bibtex citation", "export bibtex citation", "loading...", "bibtex formatted citation",
    "×", "data provided by:", "bookmark", "bibliographic tools", "bibliographic and citation tools",
    "code, data, media", "code, data and media associated with this article", "demos", "related papers",
    "recommenders and search tools", "author", "venue", "institution", "topic", "about arxivlabs",
    "focus to learn more", "arxiv-issued doi via datacite", "doi(s) linking to related resources",
    "link to influence flower", "disable mathjax", "3 blog links", "what is mathjax?",
    // footer
    "contact", "subscribe", "copyright", "privacy policy", "web accessibility assistance",
    "arxiv operational status", "get status notifications via email or slack",
    // listings and search results
    "see today's new changes", "show abstracts", "hide abstracts", "sort results by", "previous", "next",
    "previous next", "search term or terms", "field", "…", "relevance",
  ].map((s) => s.toLowerCase()),
);

const PATTERNS: RegExp[] = [
  /^we gratefully acknowledge support from /i,
  /^arxiv logo\b/i,
  /^arxivlabs\b/i,
  /^both individuals and organizations that work with arxivlabs/i,
  /^have an idea for a project that will add value for arxiv/i,
  /^which authors of this paper are endorsers\?/i,
  /^contact arxiv\s?click here/i,
  /^subscribe to arxiv mailings\s?click here/i,
  /\btoggle$/i, // "Connected Papers Toggle"
  /\(what (?:is|are) [^()]{1,60}\?\)$/i, // "Litmaps (What is Litmaps?)"
  /^<\s?prev\s?\|\s?next\s?>$/i,
  /^new\s?\|\s?recent\s?\|/i,
  /^(?:announcement|submission) date \((?:newest|oldest) first\)$/i,
  /^\d+ results per page\.?$/i,
  /^search v\d+(?:\.\d+)* released \d{4}-\d{2}-\d{2}$/i,
  /^\d{1,6}$/, // pagination
];

/** True when the line is arxiv.org's own interface text, never part of a paper. */
export function isArxivChrome(text: string): boolean {
  if (text.length > 300) return false;
  const folded = text.replace(/\s+/g, " ").toLowerCase();
  return EXACT.has(folded) || PATTERNS.some((p) => p.test(folded));
}

/** A bare category or archive code ("cs.LG", "stat", "math.OC"), as browse links print it. */
export const BARE_CATEGORY =
  /^(?:cs|math|stat|eess|econ|q-bio|q-fin|physics|nlin|cond-mat|astro-ph|quant-ph|hep-th|hep-ph|hep-ex|hep-lat|gr-qc|math-ph|nucl-th)(?:\.[A-Za-z-]{2,12})?$/;
