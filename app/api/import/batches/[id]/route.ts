// GET /api/import/batches/<id>: one batch and the papers it added or changed (public).
import { getBatch } from "@/lib/import/history";
import { errorResponse, NotFoundError } from "@/lib/http/errors";
import { libraryDb } from "@/lib/http/library-db";
import { batchParamsSchema } from "./batch-id";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = batchParamsSchema.parse(await context.params);
    const batch = getBatch(libraryDb(), id);
    if (!batch) throw new NotFoundError(`there is no import #${id}`);
    return Response.json(batch);
  } catch (error) {
    return errorResponse(error);
  }
}
