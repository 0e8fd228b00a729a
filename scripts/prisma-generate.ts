// `npm run db:generate` (and postinstall): runs `prisma generate` offline. The CLI tries
// to download its schema engine first, which generate never uses; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

// Respect a real engine binary when someone has one; otherwise any existing file works.
const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
const engineBinary = configured && existsSync(configured) ? configured : process.execPath;

const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engineBinary },
});
process.exit(result.status ?? 1);
