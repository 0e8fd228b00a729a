// Times every layout parser, layout detection, line splitting and the search query parser
// on lines made to make regular expressions backtrack, at two sizes, so linear scaling
// shows as ~10x (quadratic work would show as ~100x, catastrophic as never finishing).
// Run: NODE_OPTIONS=--expose-gc npx tsx scripts/bench-adversarial.ts [small large]
//      (default sizes 100000 1000000; without --expose-gc the figures are noisier)

import { splitLines } from "../lib/import/lines";
import { LAYOUTS } from "../lib/import/registry";
import type { Line } from "../lib/import/types";
import { parseQuery } from "../lib/search/query-parser";
import { ADVERSARIAL_BODIES, adversarialDump, adversarialLine, LINE_PREFIXES, type AdversarialBody } from "../tests/helpers/adversarial-lines";

const [small, large] = process.argv.slice(2).map(Number);
const SIZES = [small || 100_000, large || 1_000_000];

/**
 * One body at one size, one adversarial line per prefix: each as raw text and as a dump
 * (ten context lines, then the line), and the line as a query. Lines are timed one at a
 * time and summed, so a megabyte line is measured, not a 14 MB dump's cache misses.
 */
type Input = { texts: string[]; dumps: Line[][]; query: string };

function inputOf(body: AdversarialBody, size: number): Input {
  const texts = LINE_PREFIXES.map((prefix) => adversarialLine(body, prefix, size));
  return { texts, dumps: LINE_PREFIXES.map((prefix) => adversarialDump(body, size, [prefix])), query: adversarialLine(body, "au:", size) };
}

const SUBJECTS: { name: string; run: (input: Input) => unknown }[] = [
  ...LAYOUTS.map((layout) => ({ name: layout.name, run: (input: Input) => input.dumps.map((lines) => layout.parse(lines, { file: "bench" })) })),
  { name: "detection", run: (input) => input.dumps.map((lines) => LAYOUTS.map((layout) => layout.detect(lines))) },
  { name: "splitLines", run: (input) => input.texts.map(splitLines) },
  { name: "query parser", run: (input) => parseQuery(input.query) },
];

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * CPU milliseconds of this process (the machine is shared: wall time counts the others'
 * work too), the least of three runs, each after a full collection when --expose-gc
 * allows it, so the previous input's garbage is not collected on this one's clock.
 */
function msFor(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`);
console.log(`${"input".padEnd(34)}${"subject".padEnd(18)}${SIZES.map((s) => label(s).padEnd(12)).join("")}ratio`);
let worst = { ms: 0, what: "" };
for (const body of ADVERSARIAL_BODIES) {
  const inputs = SIZES.map((size) => inputOf(body, size)); // built once per body, outside the timing
  for (const subject of SUBJECTS) {
    const times = inputs.map((input) => msFor(() => subject.run(input)));
    const last = times.at(-1)!;
    if (last > worst.ms && subject.name !== "query parser") worst = { ms: last, what: `${subject.name} on ${body.name}` };
    console.log(`${body.name.padEnd(34)}${subject.name.padEnd(18)}${times.map((t) => `${t.toFixed(1)} ms`.padEnd(12)).join("")}${(last / Math.max(times[0]!, 0.01)).toFixed(1)}x`);
  }
}
console.log(`\nCPU times, the sum over ${LINE_PREFIXES.length} lines of the size shown (one per prefix, each read after ten context lines); the query parser reads one line.`);
console.log(`Slowest at ${label(SIZES.at(-1)!)}: ${worst.what}, ${worst.ms.toFixed(0)} ms for the ${LINE_PREFIXES.length} lines (${(worst.ms / LINE_PREFIXES.length).toFixed(0)} ms a line).`);
