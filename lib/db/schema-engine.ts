// Loads Prisma's schema engine compiled to WebAssembly, the only engine that runs here
// without network (see /work/shared/notes/offline-toolchain.md). The package's main file
// imports a .wasm as an ES module, which Node cannot, so we instantiate it by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

let loading: Promise<typeof bg.SchemaEngine> | undefined;

/** The SchemaEngine class, ready to use; the wasm module is global state, so it is
 * instantiated once per process however often this is called. */
export function loadSchemaEngine(): Promise<typeof bg.SchemaEngine> {
  loading ??= instantiate();
  return loading;
}

async function instantiate(): Promise<typeof bg.SchemaEngine> {
  const require = createRequire(import.meta.url);
  const bgFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(bgFile), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}
