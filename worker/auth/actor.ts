import { forbidden } from "../errors.ts";

/** Who is calling: the central office, or one reporting unit through one of its tokens. */
export type Actor = { role: "central" } | { role: "unit"; unit: string; tokenId: number };

/** How the audit log and stored versions name an actor. */
export function actorName(actor: Actor): string {
  return actor.role === "central" ? "central" : `unit:${actor.unit}#${actor.tokenId}`;
}

/** Throws 403 unless the actor is the central office. */
export function requireCentral(actor: Actor): void {
  if (actor.role !== "central") throw forbidden("chỉ Văn phòng (tài khoản trung tâm) được thực hiện thao tác này.");
}

/** Throws 403 unless the actor is the central office or the unit itself. */
export function requireUnitOrCentral(actor: Actor, unitCode: string): void {
  if (actor.role === "unit" && actor.unit !== unitCode) {
    throw forbidden(`mã truy cập của đơn vị ${actor.unit} không được đọc hay gửi báo cáo của đơn vị ${unitCode}.`);
  }
}
