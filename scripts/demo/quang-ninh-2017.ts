import { parsePeriodId } from "../../shared/periods/index.ts";
import { demoSeedSql } from "./seed-sql.ts";
import { quangNinh2017Units } from "./units.ts";

/** The three tiers of 2017, all in use (the districts are not historical here). */
export const THREE_TIERS = [
  { id: "cap-tinh", name: { vi: "Cấp tỉnh (sở, ban, ngành)", en: "Provincial departments" } },
  { id: "cap-huyen", name: { vi: "Cấp huyện", en: "Districts" } },
  { id: "cap-xa", name: { vi: "Cấp xã", en: "Communes" } },
];

/**
 * The 2017 Quảng Ninh example (`npm run start:2017`): the departments and the districts' one-stop
 * centres with the published table of Kế hoạch 239/KH-UBND as their `centers` report for the first
 * half of 2017 (Hạ Long's column 5 corrected to 251, as column 3 − column 4 gives), and a few communes.
 */
export function quangNinh2017SeedSql(): string {
  const units = quangNinh2017Units();
  const none = { months: [], longer: [], lastYear: [], lateInLastMonth: [], missingInLastMonth: [], taskPlans: false };
  return demoSeedSql(none, units, (store) => {
    const half = parsePeriodId("2017-H1")!;
    for (const unit of units) {
      if (!unit.centers) continue;
      const values = { ...unit.centers, tthc_at_center: (unit.centers.tthc_total as number) - (unit.centers.tthc_not_at_center as number) };
      store(half, "centers", unit, values, [], -5);
    }
  });
}
