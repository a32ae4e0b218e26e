import { z } from "zod";
import { ErrorSchema } from "../schemas.ts";

/** An OpenAPI JSON response with its schema. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const ERROR_TEXTS: Readonly<Record<number, string>> = {
  400: "Malformed body or parameter",
  401: "No token, or an unknown or revoked token",
  403: "The token acts outside its role or unit",
  404: "Unknown unit, form or period",
  409: "Idempotency key reused with another body",
  413: "Body over 256 KiB",
};

/** The error responses a signed-in route may give. */
export function errors<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: ERROR_TEXTS[status] ?? "Error", content: { "application/json": { schema: ErrorSchema } } }]),
  ) as Record<S, ReturnType<typeof json<typeof ErrorSchema>>>;
}

/** 423 `period_locked`, as `PUT /api/v1/submissions/…` documents it. */
export const periodLockedResponse = {
  423: {
    description: "The period is locked (khóa sổ): nothing new or amended is accepted until the central office reopens it",
    content: { "application/json": { schema: z.object({ error: z.object({ code: z.literal("period_locked"), message: z.string() }) }) } },
  },
};

/** A file answer (a workbook, a Word document). */
export const file = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: z.string().meta({ format: "binary" }) } },
});
