import { forbidden } from "../errors.ts";
import type { Actor, StaffRole } from "./actor.ts";

/** What a person of the central office may do. */
export type Permission =
  /** Status, reports, downloads, the registry and the audit log: what every role reads. */
  | "read"
  /** Accept and return reports. */
  | "review"
  /** Lock and reopen periods. */
  | "lock"
  /** Submit or amend a report for a unit. */
  | "file"
  /** Units, their tokens and sign-in sheets. */
  | "registry"
  /** Staff accounts, their tokens, retiring the bootstrap token. */
  | "staff"
  /** Plans' task tables: import and edit the tasks units report progress on. */
  | "plans";

/** The roles of the central office and what each may do (issue 10: administrator, reviewer, reader). */
export const GRANTS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  admin: ["read", "review", "lock", "file", "registry", "staff", "plans"],
  reviewer: ["read", "review", "lock", "file"],
  reader: ["read"],
};

/** How a role is named to people. */
export const ROLE_NAMES: Readonly<Record<StaffRole, string>> = { admin: "quản trị", reviewer: "người duyệt", reader: "người xem" };

const DOING: Readonly<Record<Permission, string>> = {
  read: "xem báo cáo của các đơn vị",
  review: "duyệt hay trả lại báo cáo",
  lock: "khoá hay mở lại kỳ báo cáo",
  file: "gửi báo cáo thay đơn vị",
  registry: "quản lý danh sách đơn vị và mã truy cập của đơn vị",
  staff: "quản lý tài khoản cán bộ Văn phòng",
  plans: "nhập và sửa bảng nhiệm vụ của kế hoạch",
};

/** Whether the actor may do this: a unit never does what the central office does. */
export function can(actor: Actor, permission: Permission): boolean {
  return actor.role === "central" && GRANTS[actor.staff.role].includes(permission);
}

/** Throws 403 unless the actor is someone of the central office whose role allows this. */
export function requireCentral(actor: Actor, permission: Permission = "read"): void {
  if (actor.role !== "central") throw forbidden("chỉ Văn phòng (tài khoản trung tâm) được thực hiện thao tác này.");
  if (!can(actor, permission)) {
    const allowed = (Object.keys(GRANTS) as StaffRole[]).filter((role) => GRANTS[role].includes(permission)).map((role) => ROLE_NAMES[role]);
    throw forbidden(`tài khoản «${actor.staff.name}» (vai trò ${ROLE_NAMES[actor.staff.role]}) không được ${DOING[permission]}: cần vai trò ${allowed.join(" hoặc ")}.`);
  }
}

/** Throws 403 unless the actor is that unit, or someone of the central office allowed this for any unit. */
export function requireUnitOrCentral(actor: Actor, unitCode: string, permission: Permission = "read"): void {
  if (actor.role === "unit") {
    if (actor.unit !== unitCode) throw forbidden(`mã truy cập của đơn vị ${actor.unit} không được đọc hay gửi báo cáo của đơn vị ${unitCode}.`);
    return;
  }
  requireCentral(actor, permission);
}
