import { z } from "zod";
import { StaffChangeSchema, StaffInputSchema, StaffSchema, TokenInputSchema, TokenSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

/** The central office's people, their roles and tokens; retiring the bootstrap token. */

const id = z.object({ id: z.string() });
const NewStaffSchema = z.object({ id: z.number().int(), name: z.string(), role: StaffSchema.shape.role, token: z.string() });

export const staffList = route({
  method: "get", path: "/api/v1/staff", tags: ["staff"], summary: "The central office's staff and their tokens (administrator)",
  responses: { 200: json(z.array(StaffSchema), "Everyone, in the order added"), ...errors(401, 403) },
});

export const addStaff = route({
  method: "post", path: "/api/v1/staff", tags: ["staff"],
  summary: "Add a person with a role (admin, reviewer, reader) and issue their first token, shown once (administrator)",
  request: { body: { content: { "application/json": { schema: StaffInputSchema } } } },
  responses: { 201: json(NewStaffSchema, "Added, with the token"), ...errors(400, 401, 403, 413) },
});

export const changeStaff = route({
  method: "patch", path: "/api/v1/staff/{id}", tags: ["staff"], summary: "Rename, change the role, retire or bring back a person (administrator)",
  request: { params: id, body: { content: { "application/json": { schema: StaffChangeSchema } } } },
  responses: { 200: json(StaffSchema.omit({ tokens: true }), "The person as changed"), ...errors(400, 401, 403, 404, 409, 413) },
});

export const issueStaffToken = route({
  method: "post", path: "/api/v1/staff/{id}/tokens", tags: ["staff"], summary: "Issue another token for a person, shown once (administrator)",
  request: { params: id, body: { content: { "application/json": { schema: TokenInputSchema } } } },
  responses: { 201: json(TokenSchema, "The new token"), ...errors(400, 401, 403, 404, 413) },
});

export const revokeStaffToken = route({
  method: "delete", path: "/api/v1/staff/{id}/tokens/{tokenId}", tags: ["staff"], summary: "Revoke one of a person's tokens (administrator)",
  request: { params: id.extend({ tokenId: z.string() }) },
  responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
});

export const retireAdminToken = route({
  method: "post", path: "/api/v1/admin-token/retire", tags: ["staff"],
  summary: "Stop the bootstrap ADMIN_TOKEN from signing in (administrator); needs an administrator with a token of their own",
  responses: { 204: { description: "Retired" }, ...errors(401, 403, 409) },
});
