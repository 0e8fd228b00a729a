// The batch routes' one path parameter: a positive integer id.
import { z } from "zod";

export const batchParamsSchema = z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/, "a batch id is a positive whole number of at most 10 digits").transform(Number) });
