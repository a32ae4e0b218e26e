import * as routes from "../../shared/api/routes/units.ts";
import { planRegistryImport, readRegistryTable } from "../../shared/units/registry-import.ts";
import { actorName } from "../auth/actor.ts";
import { central } from "../middleware/roles.ts";
import { levelsOf } from "../config.ts";
import { readTableUpload } from "../import/read-table-upload.ts";
import { auditStatements } from "../repositories/audit.repo.ts";
import { listUnits, upsertUnits } from "../repositories/units.repo.ts";
import { api } from "./api.ts";

/** More rows than any province registers: a file this long is not a unit list. */
const MAX_ROWS = 5_000;


/** The registry's import: a whole list of units checked, shown, then applied in one atomic batch. */
export const unitImportApi = api();
unitImportApi.use("/api/v1/units/import", central("registry"));

unitImportApi.openapi(routes.importUnits, async (c) => {
  const apply = c.req.valid("query").apply === "true";
  const grid = await readTableUpload(c, {
    empty: "Chưa có tệp: chọn tệp .xlsx hoặc .csv có các cột Mã đơn vị, Tên đơn vị, Cấp, Đơn vị cấp trên.",
    unreadable: "Không đọc được tệp danh sách đơn vị",
    tooLong: (rows) => `Tệp có ${rows} dòng: một lần nhập tối đa ${MAX_ROWS} đơn vị.`,
  }, MAX_ROWS + 1);

  const levels = levelsOf(c.env);
  const read = readRegistryTable(grid, levels);
  const { plan, issues } = read.issues.length ? { plan: { create: [], update: [], unchanged: [] }, issues: read.issues }
    : planRegistryImport(read.rows, await listUnits(c.env.DB, levels), levels);
  if (issues.length) return c.json({ applied: false, plan: { create: [], update: [], unchanged: [] }, issues }, 422);
  if (!apply || plan.create.length + plan.update.length === 0) return c.json({ applied: false, plan, issues: [] }, 200);

  const at = new Date().toISOString();
  const actor = actorName(c.get("actor"));
  await c.env.DB.batch([
    ...upsertUnits(c.env.DB, [...plan.create, ...plan.update.map((u) => u.after)], at),
    ...auditStatements(c.env.DB, [
      ...plan.create.map((unit) => ({ at, actor, action: "unit.create", unitCode: unit.code, target: `unit/${unit.code}`, detail: { name: unit.name, level: unit.level, parent: unit.parent, import: true } })),
      ...plan.update.map(({ after, changes }) => ({ at, actor, action: "unit.update", unitCode: after.code, target: `unit/${after.code}`, detail: { name: after.name, level: after.level, parent: after.parent, changes: changes.join(", "), import: true } })),
    ]),
  ]);
  return c.json({ applied: true, plan, issues: [] }, 200);
});
