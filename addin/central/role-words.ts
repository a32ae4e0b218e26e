import type { StaffRole } from "../../shared/api/schemas.ts";
import type { StringKey } from "../ui/i18n.tsx";

/** The roles in the order they are offered, each with its words. */
export const ROLES: ReadonlyArray<{ role: StaffRole; key: StringKey }> = [
  { role: "admin", key: "rRoleAdmin" },
  { role: "reviewer", key: "rRoleReviewer" },
  { role: "reader", key: "rRoleReader" },
];

/** A role's words key: quản trị, người duyệt, người xem. */
export const roleKey = (role: StaffRole): StringKey => ROLES.find((r) => r.role === role)!.key;
