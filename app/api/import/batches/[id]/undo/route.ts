// POST /api/import/batches/<id>/undo: undoes an import batch (200 with the UndoSummary;
// 404 unknown, 409 already undone or an undo itself). Rate-limited per client, then needs
// the import token. The batch
// page's form is answered with a redirect: to the undo's own page, or back with the refusal.
import { authorizeImport } from "@/lib/auth/import-auth";
import { env } from "@/lib/env";
import { undoBatch } from "@/lib/import/undo";
import { errorResponse, errorStatus } from "@/lib/http/errors";
import { isFormPost, seeOther } from "@/lib/http/form-post";
import { libraryDb } from "@/lib/http/library-db";
import { writeOrBusy } from "@/lib/http/server-writes";
import { checkWriteRate } from "@/lib/http/write-rate-limits";
import { batchParamsSchema } from "../batch-id";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const form = isFormPost(request);
  let id: number | undefined;
  try {
    id = batchParamsSchema.parse(await context.params).id;
    checkWriteRate(request, "undo");
    authorizeImport(request, env.IMPORT_TOKEN);
    const db = libraryDb();
    const summary = writeOrBusy(db, () => undoBatch(db, id!));
    return form ? seeOther(`/import/history/${summary.undoBatchId}`) : Response.json(summary);
  } catch (error) {
    const status = errorStatus(error);
    // The batch page words a refusal from its status; a 500 keeps its logged id.
    if (form && id !== undefined && status < 500) return seeOther(`/import/history/${id}?refused=${status}`);
    return errorResponse(error);
  }
}
