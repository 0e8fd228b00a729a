// Times every layout parser, layout detection and the search query parser on lines made
// to make regular expressions backtrack, at two sizes, so linear scaling shows as ~10x.
// Run: npx tsx scripts/bench-adversarial.ts [small large]   (default: 100000 1000000)

import { LAYOUTS } from "../lib/import/registry";
import { parseQuery } from "../lib/search/query-parser";
import { ADVERSARIAL_BODIES, adversarialDump, adversarialLine, type AdversarialBody } from "../tests/helpers/adversarial-lines";

const [small, large] = process.argv.slice(2).map(Number);
const SIZES = [small || 100_000, large || 1_000_000];

type Subject = { name: string; run: (body: AdversarialBody, size: number) => void };

const SUBJECTS: Subject[] = [
  ...LAYOUTS.map((layout) => ({ name: layout.name, run: (body: AdversarialBody, size: number) => layout.parse(adversarialDump(body, size), { file: "bench" }) })),
  {
    name: "detection",
    run: (body, size) => {
      const lines = adversarialDump(body, size);
      for (const layout of LAYOUTS) layout.detect(lines);
    },
  },
  { name: "query parser", run: (body, size) => parseQuery(adversarialLine(body, "au:", size)) },
];

function msFor(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const pad = (s: string, n: number) => s.padEnd(n);
const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`);
console.log(`${pad("parser", 18)}${pad("input", 32)}${SIZES.map((s) => pad(label(s), 12)).join("")}ratio`);
let worst = { ms: 0, what: "" };
for (const subject of SUBJECTS) {
  for (const body of ADVERSARIAL_BODIES) {
    const times = SIZES.map((size) => msFor(() => subject.run(body, size)));
    const last = times.at(-1)!;
    if (last > worst.ms) worst = { ms: last, what: `${subject.name} on ${body.name}` };
    console.log(`${pad(subject.name, 18)}${pad(body.name, 32)}${times.map((t) => pad(`${t.toFixed(1)} ms`, 12)).join("")}${(last / Math.max(times[0]!, 0.01)).toFixed(1)}x`);
  }
}
// A dump line is one of 14 (one per prefix); the time above is for the whole dump.
console.log(`\nslowest at ${label(SIZES.at(-1)!)} per line (14 lines): ${worst.what}, ${worst.ms.toFixed(0)} ms`);
