// The download's file name: "abstracta-<query as a slug>.<ext>", or "abstracta-library"
// for the whole library, ASCII only so every browser saves it as given.

const MAX_SLUG = 60;

export function querySlug(q: string): string {
  return q
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, "");
}

export function exportFilename(q: string, extension: string): string {
  return `abstracta-${querySlug(q) || "library"}.${extension}`;
}
