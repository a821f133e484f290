import { z } from "zod";
import { PostingInputSchema } from "./posting";
import { TagResultSchema } from "./result";

/** JSON Schemas (draft 2020-12) of the input and the result, generated from the zod schemas. */
export function jsonSchemas(): { input: unknown; result: unknown } {
  return {
    input: z.toJSONSchema(PostingInputSchema, { io: "input" }),
    result: z.toJSONSchema(TagResultSchema),
  };
}
