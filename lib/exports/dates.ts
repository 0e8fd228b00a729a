// Stored publication dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD") as RFC 3339 instants for
// feeds; a partial date means its first day (we never guess a later one).

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function rfc3339FromPublishedAt(publishedAt: string | null): string | null {
  const match = publishedAt ? PARTIAL_DATE.exec(publishedAt.trim()) : null;
  if (!match) return null;
  const [, year, month = "01", day = "01"] = match;
  return `${year}-${month}-${day}T00:00:00Z`;
}
