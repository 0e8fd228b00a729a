// arXiv category codes. Feeds often show only the subject part ("LG", "OC"); this maps
// it to the full code ("cs.LG", "math.OC") from arXiv's published taxonomy.

const ARCHIVES: Record<string, string[]> = {
  cs: ["AI", "AR", "CC", "CE", "CG", "CL", "CR", "CV", "CY", "DB", "DC", "DL", "DM", "DS", "ET", "FL", "GL", "GR", "GT", "HC", "IR", "IT", "LG", "LO", "MA", "MM", "MS", "NA", "NE", "NI", "OH", "OS", "PF", "PL", "RO", "SC", "SD", "SE", "SI", "SY"],
  math: ["AC", "AG", "AP", "AT", "CA", "CO", "CT", "CV", "DG", "DS", "FA", "GM", "GN", "GR", "GT", "HO", "IT", "KT", "LO", "MG", "MP", "NA", "NT", "OA", "OC", "PR", "QA", "RA", "RT", "SG", "SP", "ST"],
  stat: ["AP", "CO", "ME", "ML", "OT", "TH"],
  eess: ["AS", "IV", "SP", "SY"],
  econ: ["EM", "GN", "TH"],
  "q-bio": ["BM", "CB", "GN", "MN", "NC", "OT", "PE", "QM", "SC", "TO"],
  "q-fin": ["CP", "EC", "GN", "MF", "PM", "PR", "RM", "ST", "TR"],
  "cond-mat": ["dis-nn", "mes-hall", "mtrl-sci", "other", "quant-gas", "soft", "stat-mech", "str-el", "supr-con"],
  physics: ["comp-ph", "data-an", "soc-ph", "bio-ph"],
};

// Subject codes shared by several archives resolve to the one ML theory papers use most.
const PREFERRED_ARCHIVE = ["cs", "stat", "math", "eess", "q-bio", "econ", "q-fin"];

const FULL_CODES = new Set(Object.entries(ARCHIVES).flatMap(([a, subs]) => subs.map((s) => `${a}.${s}`)));
const STANDALONE = new Set(["quant-ph", "hep-th", "hep-ph", "gr-qc", "math-ph", "nlin.AO", "nlin.CD", "physics.soc-ph"]);

/** A full code ("cs.LG") from a full or bare one ("LG"); null when unknown. */
export function normalizeCategory(raw: string): string | null {
  const code = raw.trim();
  if (FULL_CODES.has(code) || STANDALONE.has(code)) return code;
  for (const archive of PREFERRED_ARCHIVE) {
    if (ARCHIVES[archive]!.includes(code)) return `${archive}.${code}`;
  }
  return null;
}

/** Pattern for a full category code inside text, e.g. "(cs.LG)" or "stat.ML;". */
export const CATEGORY_IN_TEXT = /\b((?:cs|math|stat|eess|econ|q-bio|q-fin|physics|nlin)\.[A-Za-z-]{2,9}|cond-mat\.[a-z-]+|quant-ph|hep-th|hep-ph|gr-qc|math-ph)\b/g;

/** The warning for codes outside the taxonomy: the first few, each cut short. */
export function unknownCodesWarning(unknown: string[]): string {
  const shown = unknown.slice(0, 5).map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
  const more = unknown.length > shown.length ? ` and ${unknown.length - shown.length} more` : "";
  return `unknown arXiv category code(s): ${shown.join(", ")}${more}`;
}

/** The codes named in text ("Machine Learning (cs.LG); Probability (math.PR)"), in order and
 *  without repeats; codes outside the taxonomy above come back apart, for a warning. */
export function categoriesInText(text: string): { codes: string[]; unknown: string[] } {
  // Sets, not list.includes: a pasted line can name a hundred thousand distinct unknown codes.
  const codes = new Set<string>();
  const unknown = new Set<string>();
  for (const m of text.matchAll(CATEGORY_IN_TEXT)) {
    const code = normalizeCategory(m[1]!);
    if (code) codes.add(code);
    else unknown.add(m[1]!);
  }
  return { codes: [...codes], unknown: [...unknown] };
}
