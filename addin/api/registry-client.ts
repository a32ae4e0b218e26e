import { z } from "zod";
import {
  LevelConfigSchema, RegistryImportSchema, StaffSchema, TokenRecordSchema, TokenSchema, UnitSchema,
  type StaffRole,
} from "../../shared/api/schemas.ts";
import type { ApiClient } from "./client.ts";

const unitPath = (code: string) => `/api/v1/units/${encodeURIComponent(code)}`;
const IssuedSchema = z.array(z.object({ code: z.string(), name: z.string(), token: z.string() }));

/** The registry of units, their tokens and the central office's staff, as the central page uses them. */
export function registryApi(client: ApiClient) {
  return {
    levels: () => client.call("GET", "/api/v1/levels", z.array(LevelConfigSchema)),
    units: () => client.call("GET", "/api/v1/units", z.array(UnitSchema)),
    saveUnit: (code: string, unit: { name: string; level: string; parent: string | null; activeFrom?: string | null }, isNew: boolean) =>
      client.call("PUT", unitPath(code), UnitSchema, { body: unit, expected: isNew ? 201 : 200 }),
    /** Merges the unit into `into` (or closes it, null) from a month (YYYY-MM) on; 400 says why not. */
    retire: (code: string, from: string, into: string | null) =>
      client.call("PUT", `${unitPath(code)}/retirement`, UnitSchema, { body: { from, into } }),
    /** Makes a merged or closed unit active again. */
    reinstate: (code: string) => client.call("DELETE", `${unitPath(code)}/retirement`, UnitSchema),
    /** Checks (apply false) or applies an import file; 422 answers the issues, nothing stored. */
    importUnits: async (file: Blob, contentType: string, apply: boolean) => {
      const { status, json } = await client.send(`/api/v1/units/import?apply=${apply}`, file, contentType);
      return { status, answer: RegistryImportSchema.parse(json) };
    },
    unitTokens: (code: string) => client.call("GET", `${unitPath(code)}/tokens`, z.array(TokenRecordSchema)),
    revokeUnitToken: (code: string, id: number) => client.call("DELETE", `${unitPath(code)}/tokens/${id}`, z.null(), { expected: 204 }),
    issueTokens: (units: string[], expiresOn: string | null) => client.call("POST", "/api/v1/tokens", IssuedSchema, { body: { units, expiresOn }, expected: 201 }),
    staff: () => client.call("GET", "/api/v1/staff", z.array(StaffSchema)),
    addStaff: (name: string, role: StaffRole, expiresOn: string | null) =>
      client.call("POST", "/api/v1/staff", z.object({ id: z.number(), name: z.string(), role: z.string(), token: z.string() }), { body: { name, role, expiresOn }, expected: 201 }),
    changeStaff: (id: number, change: { name?: string; role?: StaffRole; retired?: boolean }) =>
      client.call("PATCH", `/api/v1/staff/${id}`, z.unknown(), { body: change }),
    issueStaffToken: (id: number, expiresOn: string | null) =>
      client.call("POST", `/api/v1/staff/${id}/tokens`, TokenSchema, { body: { expiresOn }, expected: 201 }),
    revokeStaffToken: (id: number, tokenId: number) => client.call("DELETE", `/api/v1/staff/${id}/tokens/${tokenId}`, z.null(), { expected: 204 }),
    retireAdminToken: () => client.call("POST", "/api/v1/admin-token/retire", z.null(), { expected: 204 }),
  };
}

export type RegistryApi = ReturnType<typeof registryApi>;
