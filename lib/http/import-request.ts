// Reads POST /api/import: the query (dryRun, format, name) and the dumps in the body —
// text/plain (one paste), multipart/form-data (one or more `file` parts) or JSON
// ({ "files": [{ "name", "text" }] }) — within the size limit.
import { z } from "zod";
import type { DumpInput } from "../import/read-inputs";
import { LAYOUTS } from "../import/registry";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "./errors";
import { IMPORT_LIMIT_BYTES, PASTED_TEXT, tooLargeMessage } from "./import-limits";
import { readBodyWithin } from "./read-body";

/** Room for multipart boundaries and JSON quoting around the limited text itself. */
const ENVELOPE_BYTES = 64 * 1024;

const layoutNames = LAYOUTS.map((l) => l.name) as [string, ...string[]];

const sourceName = z.string().trim().min(1, "a source name cannot be empty").max(200, "a source name is at most 200 characters");

/** The query of POST /api/import; each bound's message names the limit, for the 400. */
export const importQuerySchema = z.object({
  dryRun: z
    .enum(["1", "0", "true", "false"], { message: "dryRun is 1, 0, true or false" })
    .optional()
    .transform((v) => v === "1" || v === "true"),
  format: z.enum(layoutNames, { message: `format is one of ${layoutNames.join(", ")}` }).optional(),
  name: sourceName.optional(),
});

const jsonBodySchema = z.object({
  files: z.array(z.object({ name: sourceName.default(PASTED_TEXT), text: z.string() })).min(1, "send at least one file"),
});

const filePartsSchema = z.array(z.union([z.string(), z.instanceof(Blob)])).min(1, "send at least one `file` part");

/** JSON.parse, with a syntax error reported like any other bad request (400). */
const jsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "the body is not valid JSON" });
    return z.NEVER;
  }
});

export type ImportRequest = { dryRun: boolean; format: string | undefined; inputs: DumpInput[] };

/** A browser may send a full path ("C:\\fakepath\\x.txt"); the source is named by the file's base name. */
const baseName = (name: string) => name.split(/[\\/]/).pop()?.trim() || PASTED_TEXT;

const partName = (part: Blob) => baseName(part instanceof File ? part.name : "").slice(0, 200);

async function multipartInputs(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<DumpInput[]> {
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  const parts = filePartsSchema.parse(form.getAll("file"));
  return Promise.all(
    parts.map(async (part) => (typeof part === "string" ? { file: PASTED_TEXT, text: part } : { file: partName(part), text: await part.text() })),
  );
}

function bodyInputs(body: Uint8Array<ArrayBuffer>, contentType: string, name: string | undefined): Promise<DumpInput[]> | DumpInput[] {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  const text = () => new TextDecoder().decode(body);
  if (type === "" || type === "text/plain") return [{ file: name ?? PASTED_TEXT, text: text() }];
  if (type === "multipart/form-data") return multipartInputs(body, contentType);
  if (type === "application/json") {
    const parsed = jsonText.pipe(jsonBodySchema).parse(text());
    return parsed.files.map((f) => ({ file: f.name, text: f.text }));
  }
  throw new UnsupportedMediaTypeError(`send the dump as text/plain, multipart/form-data or application/json, not ${type}`);
}

/** The query alone (dryRun, format, name): read before the body, to pick the rate limit. */
export function readImportQuery(request: Request): z.infer<typeof importQuerySchema> {
  return importQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

export async function readImportRequest(request: Request): Promise<ImportRequest> {
  const { dryRun, format, name } = readImportQuery(request);
  const body = await readBodyWithin(request, IMPORT_LIMIT_BYTES + ENVELOPE_BYTES);
  const inputs = await bodyInputs(body, request.headers.get("content-type") ?? "", name);
  const size = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text, "utf8"), 0);
  if (size > IMPORT_LIMIT_BYTES) throw new PayloadTooLargeError(tooLargeMessage(size));
  return { dryRun, format, inputs };
}
