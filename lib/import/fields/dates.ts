// Dates as dumps write them ("Jun 12, 2023", "12 June 2023", "2023-06-12", "June 2023")
// turned into "YYYY-MM-DD" or "YYYY-MM", keeping the precision the source had.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Month-name alternation usable inside other patterns ("Jun", "June", "Sept."). */
export const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day?: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null; // rejects Feb 30
  return `${year}-${pad(month)}-${pad(day)}`;
}

const MDY = new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})$`, "i");
const DMY = new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME}),?\\s+(\\d{4})$`, "i");
const MY = new RegExp(`^(${MONTH_NAME}),?\\s+(\\d{4})$`, "i");
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parses one whole date expression; null when it is not one. */
export function parseDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, " ");
  let m = MDY.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  m = DMY.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  m = MY.exec(text);
  if (m) return isoDate(Number(m[2]), monthNumber(m[1]!)!);
  m = ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  return null;
}
