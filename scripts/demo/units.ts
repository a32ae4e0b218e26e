import fixture from "../../test/fixtures/quang-ninh-2017-centers.json" with { type: "json" };
import type { FormValues } from "../../shared/forms/types.ts";
import type { Unit } from "../../shared/units/levels.ts";

/** A demo unit with the published `centers` row it reports, when it has one. */
export interface DemoUnit extends Unit {
  centers: FormValues | null;
}

/** A few communes under the first districts, to show a third level. */
const COMMUNES: Unit[] = [
  { code: "QN-XA-01", name: "Phường Hồng Gai", level: "cap-xa", parent: "QN-HUYEN-01" },
  { code: "QN-XA-02", name: "Phường Bạch Đằng", level: "cap-xa", parent: "QN-HUYEN-01" },
  { code: "QN-XA-03", name: "Phường Hà Tu", level: "cap-xa", parent: "QN-HUYEN-01" },
  { code: "QN-XA-04", name: "Phường Quang Trung", level: "cap-xa", parent: "QN-HUYEN-02" },
  { code: "QN-XA-05", name: "Xã Thượng Yên Công", level: "cap-xa", parent: "QN-HUYEN-02" },
  { code: "QN-XA-06", name: "Phường Cẩm Thành", level: "cap-xa", parent: "QN-HUYEN-03" },
];

/** The Quảng Ninh departments and districts of the published appendices, and a few communes. */
export function demoUnits(): DemoUnit[] {
  const fromTable = (rows: typeof fixture.provincial_departments.rows, level: Unit["level"]): DemoUnit[] =>
    rows.map((row) => ({ code: row.unitCode, name: row.unitName, level, parent: null, centers: row.values }));
  return [
    ...fromTable(fixture.provincial_departments.rows, "cap-tinh"),
    ...fromTable(fixture.district_centers.rows, "cap-huyen"),
    ...COMMUNES.map((unit) => ({ ...unit, centers: null })),
  ];
}
