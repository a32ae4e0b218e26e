import { z } from "zod";
import {
  RegistryImportSchema, RetirementInputSchema, TokenInputSchema, TokenRecordSchema, TokenSchema, UnitCodeSchema, UnitInputSchema, UnitSchema,
} from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

/** The registry of units: the units, their import, their tokens, their mergers and retirements. */

const code = z.object({ code: z.string() });
/** Issuing tokens for a selection of units at once, for their sign-in sheets. */
export const BatchInputSchema = TokenInputSchema.extend({ units: z.array(UnitCodeSchema).min(1).max(500) });
const IssuedSchema = z.object({ code: z.string(), name: z.string(), token: z.string() });

export const saveUnit = route({
  method: "put", path: "/api/v1/units/{code}", tags: ["units"], summary: "Create or update a unit (central)",
  request: { params: code, body: { content: { "application/json": { schema: UnitInputSchema } } } },
  responses: { 200: json(UnitSchema, "Updated"), 201: json(UnitSchema, "Created"), ...errors(400, 401, 403, 413) },
});

export const units = route({
  method: "get", path: "/api/v1/units", tags: ["units"], summary: "All units (central)",
  responses: { 200: json(z.array(UnitSchema), "Units by level, then code"), ...errors(401, 403) },
});

export const importUnits = route({
  method: "post", path: "/api/v1/units/import", tags: ["units"],
  summary: "Import a list of units from an .xlsx or a CSV: check it, then apply it (central administrator)",
  description:
    "The body is the file (.xlsx, or CSV in UTF-8 with `;` or `,`), with the columns Mã đơn vị, Tên đơn vị, Cấp, Đơn vị cấp trên " +
    "(or code, name, level, parent). Every row is checked first; with any issue the answer is 422 with every issue by row and " +
    "column and nothing is stored. `apply=false` (the default) only says what the import would create and change; `apply=true` " +
    "stores it, all or nothing. Units not in the file are left as they are.",
  request: { query: z.object({ apply: z.enum(["true", "false"]).optional() }) },
  responses: {
    200: json(RegistryImportSchema, "What the import creates and changes (and whether it was applied)"),
    ...errors(400, 401, 403, 413),
    422: json(RegistryImportSchema, "Issues by row and column; nothing stored"),
  },
});

export const issueUnitToken = route({
  method: "post", path: "/api/v1/units/{code}/tokens", tags: ["units"],
  summary: "Issue a token for a unit (central administrator); shown once, earlier tokens stay valid",
  description: "An optional body `{\"expiresOn\": \"YYYY-MM-DD\"}` makes the token stop signing in after that day (Vietnam time).",
  request: { params: code, body: { content: { "application/json": { schema: TokenInputSchema } }, required: false } },
  responses: { 201: json(TokenSchema, "The new token"), ...errors(400, 401, 403, 404, 413) },
});

export const unitTokens = route({
  method: "get", path: "/api/v1/units/{code}/tokens", tags: ["units"], summary: "A unit's tokens: issued, last used, expiry, revoked (central)",
  request: { params: code },
  responses: { 200: json(z.array(TokenRecordSchema), "Newest first; never the tokens themselves"), ...errors(401, 403, 404) },
});

export const revokeUnitTokens = route({
  method: "delete", path: "/api/v1/units/{code}/tokens", tags: ["units"], summary: "Revoke every token of a unit (central administrator)",
  request: { params: code },
  responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
});

export const revokeUnitToken = route({
  method: "delete", path: "/api/v1/units/{code}/tokens/{tokenId}", tags: ["units"], summary: "Revoke one token of a unit (central administrator)",
  request: { params: code.extend({ tokenId: z.string() }) },
  responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
});

export const issueTokens = route({
  method: "post", path: "/api/v1/tokens", tags: ["units"],
  summary: "Issue one new token for each of a selection of units, for their sign-in sheets (central administrator)",
  description: "Every code must be registered (404 naming the unknown ones, nothing issued). The tokens are shown once.",
  request: { body: { content: { "application/json": { schema: BatchInputSchema } } } },
  responses: { 201: json(z.array(IssuedSchema), "Each unit with its new token, in the order asked"), ...errors(400, 401, 403, 404, 413) },
});

export const retire = route({
  method: "put", path: "/api/v1/units/{code}/retirement", tags: ["units"],
  summary: "Merge a unit into another, or retire it, from a month on (central administrator)",
  description:
    "`{\"from\": \"YYYY-MM\", \"into\": code | null}`. From that month's period on (and any longer period reaching into it) the unit " +
    "is no longer expected and cannot submit; its earlier reports stay its own. Merged (`into`), its figures are counted for the " +
    "successor in comparisons with earlier periods: last year's same period, continuity of stocks, the outlier rules.",
  request: { params: code, body: { content: { "application/json": { schema: RetirementInputSchema } } } },
  responses: { 200: json(UnitSchema, "The unit, retired"), ...errors(400, 401, 403, 404, 413) },
});

export const reinstate = route({
  method: "delete", path: "/api/v1/units/{code}/retirement", tags: ["units"],
  summary: "Undo a merger or retirement entered by mistake (central administrator)",
  request: { params: code },
  responses: { 200: json(UnitSchema, "The unit, active again"), ...errors(401, 403, 404) },
});
