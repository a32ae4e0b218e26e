import type { StateCounts, Status } from "../../shared/api/schemas.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { files } from "../../shared/forms/filing.ts";
import { periodInfo } from "../../shared/periods/index.ts";
import { levelIds, levelsWith } from "../../shared/units/levels.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import * as routes from "../../shared/api/routes/status.ts";
import { central } from "../middleware/roles.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { requirePeriod } from "../lookups.ts";
import { isLocked } from "../repositories/locks.repo.ts";
import { reviewsOfPeriod } from "../repositories/reviews.repo.ts";
import { reportsOfPeriods } from "../repositories/submissions.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { api } from "./api.ts";

type FormState = Status["units"][number]["forms"][string];

/** Who has submitted what for a period. */
export const statusApi = api();
statusApi.use("/api/v1/status/*", central());
statusApi.openapi(routes.status, async (c) => {
    const period = requirePeriod(c.req.valid("param").periodId);
    const [registered, reports, reviews, locked] = await Promise.all([
      listUnits(c.env.DB, levelsOf(c.env)),
      reportsOfPeriods(c.env.DB, [period.id], { withValues: false }),
      reviewsOfPeriod(c.env.DB, period.id),
      isLocked(c.env.DB, period.id),
    ]);
    const byReport = new Map(reports.map((r) => [`${r.formId}/${r.unitCode}`, r]));
    // A unit merged or retired before the period is not expected, unless it sent something for it.
    const window = dataWindow(period);
    const sent = new Set(reports.map((r) => r.unitCode));
    const units = registered.filter((unit) => activeIn(unit, window) || sent.has(unit.code));
    const levels = levelsWith(levelsOf(c.env), units);
    /** What a unit owes for the period: the forms its level files (a retired unit: only what it sent anyway). */
    const owes = (unit: (typeof units)[number], form: (typeof forms)[number]) =>
      activeIn(unit, window) && files(form, unit.level, period.type, levels);
    const zero = (): StateCounts => ({ expected: 0, submitted: 0, late: 0, missing: 0, returned: 0, accepted: 0 });
    const counts: Record<string, Record<string, StateCounts>> = Object.fromEntries(
      [...levelIds(levels), "all"].map((level) => [level, Object.fromEntries(forms.map((form) => [form.id, zero()]))]),
    );
    for (const unit of units) {
      for (const form of forms.filter((f) => owes(unit, f))) {
        const report = byReport.get(`${form.id}/${unit.code}`);
        const decision = report ? reviews.get(`${form.id}/${unit.code}`)?.decision : undefined;
        for (const tally of [counts[unit.level]![form.id]!, counts.all![form.id]!]) {
          tally.expected++;
          if (!report) tally.missing++;
          else tally.submitted++;
          if (report?.late) tally.late++;
          if (decision === "returned") tally.returned++;
          if (decision === "accepted") tally.accepted++;
        }
      }
    }
    return c.json({
      period: period.id,
      periodInfo: periodInfo(period, deadlineConfig(c.env), undefined, levels),
      locked,
      levels: [...levels],
      counts,
      units: units.map((unit) => ({
        code: unit.code,
        name: unit.name,
        level: unit.level,
        // The forms the unit files for this period, and any other it sent anyway.
        forms: Object.fromEntries(
          forms.filter((form) => owes(unit, form) || byReport.has(`${form.id}/${unit.code}`)).map((form): [string, FormState] => {
            const report = byReport.get(`${form.id}/${unit.code}`);
            const review = reviews.get(`${form.id}/${unit.code}`);
            return [form.id, report
              ? {
                  state: report.late ? "late" : "submitted", version: report.version, submittedAt: report.submittedAt,
                  ...(review ? { review: { decision: review.decision, comment: review.comment } } : {}),
                }
              : { state: "missing" }];
          }),
        ),
      })),
    }, 200);
});
