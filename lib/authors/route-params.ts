// The author routes' path parameter (/authors/<slug>, its feed and GET /api/authors/<slug>):
// a bounded slug, so a 400 says which limit a hand-made URL broke.
import { z } from "zod";

export const AUTHOR_SLUG_MAX = 300;

export const authorParamsSchema = z.object({
  slug: z.string().min(1, "an author slug cannot be empty").max(AUTHOR_SLUG_MAX, `an author slug is at most ${AUTHOR_SLUG_MAX} characters`),
});
