import type { Review } from "../../shared/api/schemas.ts";
import type { StatusLine } from "../../shared/report-sheets/status-sheet.ts";
import { files } from "../../shared/forms/filing.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import type { PeriodType } from "../../shared/periods/index.ts";
import type { Levels, Unit } from "../../shared/units/levels.ts";
import { activeIn } from "../../shared/units/succession.ts";
import type { ReportState } from "../repositories/submissions.repo.ts";

/**
 * The status matrix from the same repository reads as the status route (listUnits,
 * reportsOfPeriods without values, reviewsOfPeriod): every unit × form it files for the period (or
 * sent anyway), in the units' order.
 */
export function statusLines(
  units: readonly Unit[],
  forms: readonly FormDefinition[],
  periodType: PeriodType,
  reports: readonly ReportState[],
  reviews: ReadonlyMap<string, Review>,
  levels: Levels,
  window: { end: string },
): StatusLine[] {
  const byReport = new Map(reports.map((r) => [`${r.formId}/${r.unitCode}`, r]));
  const lines: StatusLine[] = [];
  for (const unit of units) {
    for (const form of forms) {
      const report = byReport.get(`${form.id}/${unit.code}`);
      // Not the unit's to file: its level does not file the form, or it was merged or retired before the period.
      if (!report && (!files(form, unit.level, periodType, levels) || !activeIn(unit, window))) continue;
      const review = reviews.get(`${form.id}/${unit.code}`);
      lines.push({
        unitCode: unit.code, unitName: unit.name, level: unit.level, formId: form.id,
        state: report ? (report.late ? "late" : "submitted") : "missing",
        version: report?.version ?? null,
        submittedAt: report?.submittedAt ?? null,
        review: report && review ? { decision: review.decision, comment: review.comment } : null,
      });
    }
  }
  return lines;
}
