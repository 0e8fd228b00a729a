// One key for the singular and plural of a word, so "kernels" counts as "kernel". Keys are
// never shown, only compared, so "matrix" and "matrices" may both become "matrice".

const isLowerAscii = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

/** "transformers" → "transformer", "theories" → "theory", "hypotheses" → "hypothesis", "biases" → "bias". */
export function foldWord(word: string): string {
  const n = word.length;
  if (n <= 3 || !isLowerAscii(word)) return word;
  if (n >= 5 && (word.endsWith("ix") || word.endsWith("ex"))) return `${word.slice(0, -2)}ice`;
  if (!word.endsWith("s")) return word;
  if (n > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("ias")) return word;
  if (word.endsWith("yses") || word.endsWith("eses")) return `${word.slice(0, -2)}is`;
  const es = word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("iases");
  return word.slice(0, es ? -2 : -1);
}
