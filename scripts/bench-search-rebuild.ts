// Serving while a large library's index is rebuilt, for scripts/bench-search.ts: loads the
// saved index, starts the rebuild the server runs in the background (slices between
// requests), and meanwhile asks one search of the benchmark's mix every 10 ms, timing each
// from when it was due to when it was answered. Prints one JSON line.
//   node --expose-gc --import tsx scripts/bench-search-rebuild.ts --db FILE

import { parseArgs } from "node:util";
import { percentile } from "../lib/corpus/bench-kit";
import { benchQueries } from "../lib/corpus/search-queries";
import { openSqlite } from "../lib/db/sqlite";
import { loadSnapshot, snapshotDirOf } from "../lib/search/index-snapshot";
import { searchParamsSchema } from "../lib/search/params";
import { rebuildSteps } from "../lib/search/rebuild-steps";
import { search } from "../lib/search/search";
import { SqliteAbstracts } from "../lib/search/sqlite-abstracts";
import { runStepsSliced } from "../lib/search/steps";

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" } } });
  if (!values.db) throw new Error("usage: --db FILE");
  const db = openSqlite(`file:${values.db}`);
  const abstracts = new SqliteAbstracts(() => db);
  const old = loadSnapshot(snapshotDirOf(values.db), abstracts);
  if (!old) throw new Error(`no saved index next to ${values.db}`);
  const queries = benchQueries(old).map((q) => searchParamsSchema.parse(q.params));
  for (const params of queries) search(old, params);

  const waits: number[] = [];
  let due = performance.now();
  let next = 0;
  const ask = () => {
    search(old, queries[next++ % queries.length]!);
    waits.push(performance.now() - due);
    due = performance.now() + 10;
    timer = setTimeout(ask, 10);
  };
  let timer = setTimeout(ask, 10);
  const started = performance.now();
  const rebuilt = await runStepsSliced(rebuildSteps(values.db, abstracts));
  const rebuildMs = performance.now() - started;
  clearTimeout(timer);
  db.close();
  console.log(JSON.stringify({
    papers: rebuilt.size,
    rebuildMs: Math.round(rebuildMs),
    searches: waits.length,
    answeredP50Ms: Math.round(percentile(waits, 50)),
    answeredP99Ms: Math.round(percentile(waits, 99)),
    answeredMaxMs: Math.round(Math.max(...waits)),
  }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
