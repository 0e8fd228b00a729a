// POST /api/import[?dryRun=1][&format=NAME][&name=SOURCE]: imports pasted dumps as one
// batch (201 with the summary and the batch's page), or with dryRun previews what the
// import would do (200, nothing written). Rate-limited per client, then needs the import
// token (lib/auth): a guessed token is spent against the limit too.
import { authorizeImport } from "@/lib/auth/import-auth";
import { env } from "@/lib/env";
import { parseInputs } from "@/lib/import/import-files";
import { previewImport } from "@/lib/import/preview";
import { importDumps } from "@/lib/import/store";
import { errorResponse } from "@/lib/http/errors";
import { readImportQuery, readImportRequest } from "@/lib/http/import-request";
import { libraryDb } from "@/lib/http/library-db";
import { writeOrBusy } from "@/lib/http/server-writes";
import { checkWriteRate } from "@/lib/http/write-rate-limits";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  try {
    checkWriteRate(request, readImportQuery(request).dryRun ? "preview" : "import");
    authorizeImport(request, env.IMPORT_TOKEN);
    const { dryRun, format, inputs } = await readImportRequest(request);
    if (dryRun) return Response.json(previewImport(libraryDb(), inputs, format));
    const db = libraryDb();
    const summary = writeOrBusy(db, () => importDumps(db, parseInputs(inputs, { format }), inputs.map((i) => i.text)));
    // A batch that changes nothing writes nothing: 200 and no batch to point at.
    if (summary.batchId === null) return Response.json({ ...summary, batchUrl: null });
    const batchUrl = `/import/history/${summary.batchId}`;
    return Response.json({ ...summary, batchUrl }, { status: 201, headers: { Location: batchUrl } });
  } catch (error) {
    return errorResponse(error);
  }
}
