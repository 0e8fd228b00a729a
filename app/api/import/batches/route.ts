// GET /api/import/batches: the import history, newest first (public: file names and counts).
import { listBatches } from "@/lib/import/history";
import { errorResponse } from "@/lib/http/errors";
import { libraryDb } from "@/lib/http/library-db";

export const dynamic = "force-dynamic";

export function GET(): Response {
  try {
    return Response.json({ batches: listBatches(libraryDb()) });
  } catch (error) {
    return errorResponse(error);
  }
}
