import { z } from "zod";
import { IssueSchema, ReceiptSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, file, json, periodLockedResponse } from "./responses.ts";

/** A unit's forms as .xlsx files: downloaded to fill without the add-in, and uploaded filled. */

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const UploadIssueSchema = IssueSchema.extend({
  sheet: z.string().nullable().meta({ description: "The sheet of the cell the issue names first" }),
  cell: z.string().nullable().meta({ description: "Its A1 address, \"D9\" (null when the cell is not in the file)" }),
});
export const UploadRejectionSchema = z.object({
  forms: z.record(z.string(), z.object({ errors: z.array(UploadIssueSchema), warnings: z.array(UploadIssueSchema) })),
});
export const UploadReceiptSchema = z.object({ forms: z.record(z.string(), ReceiptSchema) });

export const formWorkbook = route({
  method: "get", path: "/api/v1/forms/{formId}.xlsx", tags: ["uploads"],
  summary: "A unit's form as an .xlsx to fill without the add-in (the unit itself, or central)",
  description:
    "The add-in's sheet: the header filled for the unit and period, input cells shaded, unlocked and validated " +
    "(whole numbers ≥ 0) on a sheet protected without a password, so that only they take typing; totals and rates as " +
    "formulas, and the add-in's workbook names `BC_<formId>.<cellKey>`. " +
    "Prefilled with the unit's latest version of the period when it has one. `formId` `all` gives every form the unit " +
    "files for the period (its level and the period's type, the form's `filing`). " +
    "`unit` may be left out by a unit's token (its own unit).",
  request: {
    params: z.object({ formId: z.string().meta({ example: "dossiers" }) }),
    query: z.object({ period: z.string().meta({ example: "2026-11" }), unit: z.string().optional() }),
  },
  responses: {
    200: file(XLSX, "The form workbook"),
    ...errors(400, 401, 403, 404),
  },
});

export const upload = route({
  method: "post", path: "/api/v1/uploads/{periodId}/{unitCode}", tags: ["uploads"],
  summary: "Submit a filled form workbook (the unit itself, or central)",
  description:
    "The body is the .xlsx. It is bounded before it is parsed, from the zip's directory and then while each part is inflated: " +
    "at most 2 MiB as sent, 500 parts, 8 MiB per part and 16 MiB in all unzipped, 10,000 rows, 50,000 cells, 50,000 shared " +
    "strings, 32,767 characters per text and 250,000 XML elements; past any of them it answers 413 with `error.limit` " +
    "(`name`, `max`, and the `part` when one part is at fault), and nothing is read or stored. Every form whose cells are in the file " +
    "(through the names `BC_<formId>.<cellKey>`, or else on the form's sheet at the layout's positions) is read as " +
    "typed (text stays text: \"1.209\" is an error, never 1209) and checked with the same rules as PUT. If any form has " +
    "errors, nothing is stored and 422 names each issue's sheet and cell. Otherwise each form is stored exactly as " +
    "`PUT /api/v1/submissions/{periodId}/{formId}/{unitCode}` stores it (versions, lateness, receipts); 201 when any " +
    "form got its first version, else 200. A form whose cells are all empty beside a filled one is left out. " +
    "`Idempotency-Key` is scoped to each report, as for PUT. A locked period answers 423; a file that is not an .xlsx, has none of the forms, or was made for another unit or period answers 400.",
  request: {
    params: z.object({ periodId: z.string().meta({ example: "2026-11" }), unitCode: z.string() }),
    headers: z.object({ "Idempotency-Key": z.string().max(200).optional() }),
    body: { content: { [XLSX]: { schema: z.string().meta({ format: "binary" }) } } },
  },
  responses: {
    200: json(UploadReceiptSchema, "Amendments stored: a receipt per form"),
    201: json(UploadReceiptSchema, "Stored, at least one form for the first time: a receipt per form"),
    422: json(UploadRejectionSchema, "Error rules failed in at least one form; nothing stored"),
    ...errors(400, 401, 403, 404, 409),
    413: {
      description: "The file passes one of the upload limits (its name and bound in `error.limit`)",
      content: {
        "application/json": {
          schema: z.object({
            error: z.object({
              code: z.string(), message: z.string(),
              limit: z.object({ name: z.string(), max: z.number().int(), part: z.string().optional() }).optional(),
            }),
          }),
        },
      },
    },
    ...periodLockedResponse,
  },
});
