import type { z } from "zod";

/** An OpenAPI JSON response with its schema. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
