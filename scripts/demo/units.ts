import fixture from "../../test/fixtures/quang-ninh-2017-centers.json" with { type: "json" };
import type { FormValues } from "../../shared/forms/types.ts";
import type { Unit } from "../../shared/units/levels.ts";

/** A demo unit with the published `centers` row it reports, when it has one. */
export interface DemoUnit extends Unit {
  centers: FormValues | null;
}

/** The day the two-tier local government began: districts dissolved, communes merged. */
export const REORGANISATION = "2025-07";

/** Communes and wards of the three-tier structure, merged on 1 July 2025 (their reports of 2025 stay theirs). */
const OLD_COMMUNES: Unit[] = [
  { code: "QN-XA-01", name: "Phường Hồng Gai (cũ)", level: "cap-xa", parent: "QN-HUYEN-01", retiredFrom: REORGANISATION, mergedInto: "QN-XA-11" },
  { code: "QN-XA-02", name: "Phường Bạch Đằng (cũ)", level: "cap-xa", parent: "QN-HUYEN-01", retiredFrom: REORGANISATION, mergedInto: "QN-XA-11" },
  { code: "QN-XA-03", name: "Phường Hà Tu (cũ)", level: "cap-xa", parent: "QN-HUYEN-01", retiredFrom: REORGANISATION, mergedInto: "QN-XA-12" },
  { code: "QN-XA-04", name: "Phường Quang Trung (cũ)", level: "cap-xa", parent: "QN-HUYEN-02", retiredFrom: REORGANISATION, mergedInto: "QN-XA-13" },
  { code: "QN-XA-05", name: "Xã Thượng Yên Công (cũ)", level: "cap-xa", parent: "QN-HUYEN-02", retiredFrom: REORGANISATION, mergedInto: "QN-XA-13" },
  { code: "QN-XA-06", name: "Phường Cẩm Thành (cũ)", level: "cap-xa", parent: "QN-HUYEN-03", retiredFrom: REORGANISATION, mergedInto: "QN-XA-14" },
];

/**
 * The communes, wards and special zones of the two-tier structure from 1 July 2025, directly under
 * the province (names for the demo). Two wards of Móng Cái are merged again during the demo's months.
 */
const NEW_COMMUNES: Unit[] = [
  { code: "QN-XA-11", name: "Phường Hồng Gai", level: "cap-xa", parent: null },
  { code: "QN-XA-12", name: "Phường Hà Tu", level: "cap-xa", parent: null },
  { code: "QN-XA-13", name: "Phường Uông Bí", level: "cap-xa", parent: null },
  { code: "QN-XA-14", name: "Phường Cẩm Phả", level: "cap-xa", parent: null },
  { code: "QN-XA-15", name: "Đặc khu Vân Đồn", level: "cap-xa", parent: null },
  { code: "QN-XA-16", name: "Đặc khu Cô Tô", level: "cap-xa", parent: null },
  { code: "QN-XA-17", name: "Xã Tiên Yên", level: "cap-xa", parent: null },
  { code: "QN-XA-18", name: "Phường Móng Cái 1", level: "cap-xa", parent: null },
  { code: "QN-XA-19", name: "Phường Móng Cái 2", level: "cap-xa", parent: null, retiredFrom: "2026-09", mergedInto: "QN-XA-18" },
  { code: "QN-XA-20", name: "Xã Ba Chẽ", level: "cap-xa", parent: null },
];

/**
 * The demo province in today's two tiers: the Quảng Ninh departments of the published 2017
 * appendices (with their `centers` row), the new communes; and, kept for history, the districts
 * (dissolved on 1 July 2025) and the old communes merged into the new ones.
 */
export function demoUnits(): DemoUnit[] {
  const departments: DemoUnit[] = fixture.provincial_departments.rows.map((row) => ({
    code: row.unitCode, name: row.unitName, level: "cap-tinh", parent: null, centers: row.values,
  }));
  const districts: DemoUnit[] = fixture.district_centers.rows.map((row) => ({
    code: row.unitCode, name: row.unitName, level: "cap-huyen", parent: null, centers: null, retiredFrom: REORGANISATION,
  }));
  return [
    ...departments,
    ...districts,
    ...OLD_COMMUNES.map((unit) => ({ ...unit, centers: null })),
    ...NEW_COMMUNES.map((unit) => ({ ...unit, centers: null, activeFrom: REORGANISATION })),
  ];
}

/** The 2017 three-tier example: the departments and the districts' one-stop centres with the published table. */
export function quangNinh2017Units(): DemoUnit[] {
  return [
    ...fixture.provincial_departments.rows.map((row): DemoUnit => ({ code: row.unitCode, name: row.unitName, level: "cap-tinh", parent: null, centers: row.values })),
    ...fixture.district_centers.rows.map((row): DemoUnit => ({ code: row.unitCode, name: row.unitName, level: "cap-huyen", parent: null, centers: row.values })),
    ...OLD_COMMUNES.map(({ retiredFrom: _r, mergedInto: _m, ...unit }): DemoUnit => ({ ...unit, centers: null })),
  ];
}
