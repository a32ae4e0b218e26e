import * as staff from "../../shared/api/routes/staff.ts";
import { routePath } from "../../shared/api/routes/typed.ts";
import * as units from "../../shared/api/routes/units.ts";
import * as catalogue from "../../shared/api/routes/catalogue.ts";
import { RegistryImportSchema, type StaffRole } from "../../shared/api/schemas.ts";
import type { ApiClient } from "./client.ts";

/** The registry of units, their tokens and the central office's staff, as the central page uses them. */
export function registryApi(client: ApiClient) {
  return {
    levels: () => client.route(catalogue.levels),
    units: () => client.route(units.units),
    /** Creates the unit (201) or changes it (200). */
    saveUnit: (code: string, unit: { name: string; level: string; parent: string | null; activeFrom?: string | null }) =>
      client.route(units.saveUnit, { params: { code }, body: unit }),
    /** Merges the unit into `into` (or closes it, null) from a month (YYYY-MM) on; 400 says why not. */
    retire: (code: string, from: string, into: string | null) => client.route(units.retire, { params: { code }, body: { from, into } }),
    /** Makes a merged or closed unit active again. */
    reinstate: (code: string) => client.route(units.reinstate, { params: { code } }),
    /** Checks (apply false) or applies an import file; 422 answers the issues, nothing stored. */
    importUnits: async (file: Blob, contentType: string, apply: boolean) => {
      const { status, json } = await client.send(routePath(units.importUnits, {}, { apply: String(apply) }), file, contentType);
      return { status, answer: RegistryImportSchema.parse(json) };
    },
    unitTokens: (code: string) => client.route(units.unitTokens, { params: { code } }),
    revokeUnitToken: (code: string, id: number) => client.route(units.revokeUnitToken, { params: { code, tokenId: String(id) } }),
    issueTokens: (codes: string[], expiresOn: string | null) => client.route(units.issueTokens, { body: { units: codes, expiresOn } }),
    staff: () => client.route(staff.staffList),
    addStaff: (name: string, role: StaffRole, expiresOn: string | null) => client.route(staff.addStaff, { body: { name, role, expiresOn } }),
    changeStaff: (id: number, change: { name?: string; role?: StaffRole; retired?: boolean }) =>
      client.route(staff.changeStaff, { params: { id: String(id) }, body: change }),
    issueStaffToken: (id: number, expiresOn: string | null) => client.route(staff.issueStaffToken, { params: { id: String(id) }, body: { expiresOn } }),
    revokeStaffToken: (id: number, tokenId: number) => client.route(staff.revokeStaffToken, { params: { id: String(id), tokenId: String(tokenId) } }),
    retireAdminToken: () => client.route(staff.retireAdminToken),
  };
}

export type RegistryApi = ReturnType<typeof registryApi>;
