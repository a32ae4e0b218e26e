/** The roles of the central office's staff (worker/auth/permissions.ts says what each may do). */
export type StaffRole = "admin" | "reviewer" | "reader";

/** A person of the central office; `id` null for whoever holds the bootstrap ADMIN_TOKEN. */
export interface StaffMember {
  id: number | null;
  name: string;
  role: StaffRole;
}

/** Who is calling: someone of the central office, or one reporting unit through one of its tokens. */
export type Actor = { role: "central"; staff: StaffMember } | { role: "unit"; unit: string; tokenId: number };

/** Whoever holds the bootstrap ADMIN_TOKEN: an administrator with no name of their own. */
export const BOOTSTRAP_ADMIN: StaffMember = { id: null, name: "Mã quản trị khởi tạo (ADMIN_TOKEN)", role: "admin" };

/**
 * How the audit log and stored versions name an actor: `central` for the bootstrap token,
 * `staff:<id>:<name>` for a person of the central office, `unit:<code>#<token id>` for a unit.
 */
export function actorName(actor: Actor): string {
  if (actor.role === "unit") return `unit:${actor.unit}#${actor.tokenId}`;
  return actor.staff.id === null ? "central" : `staff:${actor.staff.id}:${actor.staff.name}`;
}
