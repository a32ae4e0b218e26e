import { getForm } from "../shared/forms/catalogue.ts";
import type { FormDefinition } from "../shared/forms/types.ts";
import { parsePeriodId, type Period } from "../shared/periods/index.ts";
import type { Unit } from "../shared/units/levels.ts";
import { activeIn } from "../shared/units/succession.ts";
import { dataWindow } from "../shared/periods/windows.ts";
import { ApiError, notFound } from "./errors.ts";
import { findUnit } from "./repositories/units.repo.ts";

/** The period with this id, or 404: every well-formed id exists. */
export function requirePeriod(id: string): Period {
  const period = parsePeriodId(id);
  if (!period) throw notFound(`kỳ báo cáo «${id}» (dạng đúng: 2026-11, 2026-Q4, 2026-H2 hoặc 2026)`);
  return period;
}

/** The form with this id, or 404. */
export function requireForm(id: string): FormDefinition {
  const form = getForm(id);
  if (!form) throw notFound(`biểu mẫu «${id}»`);
  return form;
}

/** The registered unit with this code, or 404. */
export async function requireUnit(db: D1Database, code: string): Promise<Unit> {
  const unit = await findUnit(db, code);
  if (!unit) throw notFound(`đơn vị «${code}»`);
  return unit;
}

/**
 * 409 when the unit was merged or retired before the period (its successor reports it), or began
 * after it. An earlier period stays the unit's own, to amend when asked.
 */
export function requireActiveIn(unit: Unit, period: Period): void {
  if (activeIn(unit, dataWindow(period))) return;
  if (unit.activeFrom && !activeIn({ code: unit.code, activeFrom: unit.activeFrom }, dataWindow(period))) {
    throw new ApiError(409, "unit_not_yet_active", `Đơn vị «${unit.code}» hoạt động từ tháng ${unit.activeFrom}: không có báo cáo kỳ ${period.id}, trước khi đơn vị được thành lập.`);
  }
  const successor = unit.mergedInto ? `; báo cáo kỳ này do đơn vị «${unit.mergedInto}» (đơn vị tiếp nhận) gửi` : "";
  throw new ApiError(409, "unit_retired", `Đơn vị «${unit.code}» đã ${unit.mergedInto ? "sáp nhập" : "ngừng hoạt động"} từ tháng ${unit.retiredFrom}: không gửi báo cáo kỳ ${period.id}${successor}.`);
}
