// Word-level diff of two abstract versions: the longest common subsequence of their
// words, told as runs of words both share, words only the first has, and only the second.

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

// Above this many LCS cells (≈ two 4,500-word texts) the changed middle is reported as
// one removal and one addition instead of spending hundreds of megabytes on the table.
const MAX_CELLS = 20_000_000;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Segments that rebuild `before` from same + removed and `after` from same + added. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const a = words(before);
  const b = words(after);
  // Shared head and tail are common in rewrites and cost nothing to peel off.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const out: DiffSegment[] = [];
  push(out, "same", a.slice(0, head));
  diffMiddle(out, a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  push(out, "same", a.slice(a.length - tail));
  return out;
}

function diffMiddle(out: DiffSegment[], a: string[], b: string[]): void {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    push(out, "removed", a);
    push(out, "added", b);
    return;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], so the walk below can go forwards.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(out, "same", [a[i++]!]);
      j++;
    } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      push(out, "removed", [a[i++]!]); // removals first, so a changed run reads old → new
    } else {
      push(out, "added", [b[j++]!]);
    }
  }
}

/** Appends words, merging them into the last segment when it is of the same kind. */
function push(out: DiffSegment[], kind: DiffSegment["kind"], list: string[]): void {
  if (list.length === 0) return;
  const text = list.join(" ");
  const last = out[out.length - 1];
  if (last?.kind === kind) last.text += ` ${text}`;
  else out.push({ kind, text });
}
