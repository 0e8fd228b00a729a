// The process environment, read and validated once; the rest of the project imports
// `env` instead of touching process.env, so a bad value fails at startup, not mid-request.
import path from "node:path";
import { z } from "zod";

/** Turns "file:./x.db" (or a bare path) into an absolute file: URL, so every caller
 * agrees on one file whatever folder it runs from. */
function toAbsoluteFileUrl(url: string): string {
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  return `file:${path.resolve(process.cwd(), file)}`;
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .min(1)
    .default("file:./data/abstracta.db")
    .refine(
      (url) => url.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url),
      "must be a SQLite file: URL or a path",
    )
    .transform(toAbsoluteFileUrl),
  // An empty value (IMPORT_TOKEN= in a .env file) means "not set", not "the empty token".
  IMPORT_TOKEN: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
  // Per client and minute: imports, undos and sign-ins each (previews get more; lib/http/write-rate-limits.ts).
  IMPORT_RATE_LIMIT: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(1).default(10)),
  // How many reverse proxies in front of the app append to X-Forwarded-For; 0 (unset): the
  // header is not believed and direct clients share one rate-limit window.
  TRUSTED_PROXY: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(10).default(0)),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);

/** The filesystem path inside a SQLite file: URL (the form env.DATABASE_URL takes). */
export function databaseFileFromUrl(url: string): string {
  return path.resolve(process.cwd(), url.replace(/^file:/, ""));
}
