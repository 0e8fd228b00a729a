// One server start, for scripts/bench-search.ts: opens a library, gets its search index
// the way the server does (from the saved snapshot, or by a rebuild when told to ignore
// it), answers one search, then the benchmark's whole query mix, and prints one JSON
// line: times since the process started and resident memory after the warm-up.
//   node --expose-gc --import tsx scripts/bench-search-start.ts --db FILE --from snapshot|rebuild

import { parseArgs } from "node:util";
import { benchQueries } from "../lib/corpus/search-queries";
import { openSqlite } from "../lib/db/sqlite";
import { snapshotDirOf } from "../lib/search/index-snapshot";
import { createIndexSource } from "../lib/search/library-index";
import { searchParamsSchema } from "../lib/search/params";
import { presentSearch } from "../lib/search/present";
import { search } from "../lib/search/search";

const { values } = parseArgs({ options: { db: { type: "string" }, from: { type: "string", default: "snapshot" } } });
if (!values.db || (values.from !== "snapshot" && values.from !== "rebuild")) throw new Error("usage: --db FILE --from snapshot|rebuild");

const ready = performance.now(); // process start to here: Node, the loader and our modules
const db = openSqlite(`file:${values.db}`);
const source = createIndexSource(() => db, undefined, { snapshotDir: values.from === "snapshot" ? snapshotDirOf(values.db) : null });
const index = source();
const loaded = performance.now();
const first = presentSearch(search(index, searchParamsSchema.parse({ q: "neural networks" })));
const answered = performance.now();

for (const query of benchQueries(index)) search(index, searchParamsSchema.parse(query.params));
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({
  from: values.from,
  papers: index.size,
  firstTotal: first.total,
  modulesMs: Math.round(ready),
  indexMs: Math.round(loaded - ready),
  firstSearchMs: Math.round(answered - loaded),
  startToFirstSearchMs: Math.round(answered),
  rssMb: Math.round(memory.rss / 2 ** 20),
  heapMb: Math.round(memory.heapUsed / 2 ** 20),
  arrayBuffersMb: Math.round(memory.arrayBuffers / 2 ** 20),
}));
db.close();
