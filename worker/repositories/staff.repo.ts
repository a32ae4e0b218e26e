import type { StaffMember, StaffRole } from "../auth/actor.ts";
import type { Query } from "./query.ts";

/** A person of the central office as the registry of staff lists them. */
export interface StaffRecord extends StaffMember {
  id: number;
  createdAt: string;
  createdBy: string;
  retiredAt: string | null;
}

/** A token as its holder's list shows it: never the token itself. */
export interface TokenRecord {
  id: number;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface StaffRow {
  id: number;
  name: string;
  role: StaffRole;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}
interface TokenRow {
  id: number;
  owner: string | number;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toStaff = (row: StaffRow): StaffRecord => ({
  id: row.id, name: row.name, role: row.role, createdAt: row.created_at, createdBy: row.created_by, retiredAt: row.retired_at,
});
export const toTokenRecord = (row: TokenRow): TokenRecord => ({
  id: row.id, createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
});

/** Every person of the central office, with their tokens, in the order they were added. */
export async function listStaff(db: D1Database): Promise<(StaffRecord & { tokens: TokenRecord[] })[]> {
  const [people, tokens] = await db.batch<StaffRow | TokenRow>([
    db.prepare("SELECT id, name, role, created_at, created_by, retired_at FROM staff ORDER BY id"),
    db.prepare("SELECT id, staff_id AS owner, created_at, expires_at, last_used_at, revoked_at FROM staff_tokens ORDER BY id"),
  ]);
  const byOwner = new Map<number, TokenRecord[]>();
  for (const row of tokens!.results as TokenRow[]) byOwner.set(Number(row.owner), [...(byOwner.get(Number(row.owner)) ?? []), toTokenRecord(row)]);
  return (people!.results as StaffRow[]).map((row) => ({ ...toStaff(row), tokens: byOwner.get(row.id) ?? [] }));
}

/** One person, or null. */
export async function findStaff(db: D1Database, id: number): Promise<StaffRecord | null> {
  const row = await db.prepare("SELECT id, name, role, created_at, created_by, retired_at FROM staff WHERE id = ?1").bind(id).first<StaffRow>();
  return row ? toStaff(row) : null;
}

/** A statement adding a person; its id is the row id. */
export function insertStaff(db: D1Database, name: string, role: StaffRole, at: string, by: string): D1PreparedStatement {
  return db.prepare("INSERT INTO staff (name, role, created_at, created_by) VALUES (?1, ?2, ?3, ?4) RETURNING id").bind(name, role, at, by);
}

/** A statement changing a person's name, role or retirement. */
export function updateStaff(db: D1Database, id: number, change: { name: string; role: StaffRole; retiredAt: string | null }): D1PreparedStatement {
  return db.prepare("UPDATE staff SET name = ?2, role = ?3, retired_at = ?4 WHERE id = ?1").bind(id, change.name, change.role, change.retiredAt);
}

/** A statement storing a person's new token's hash; `staffId` null: the person added by the same batch. */
export function insertStaffToken(db: D1Database, staffId: number | null, hash: string, at: string, expiresAt: string | null): D1PreparedStatement {
  return staffId === null
    ? db.prepare("INSERT INTO staff_tokens (staff_id, token_hash, created_at, expires_at) VALUES ((SELECT MAX(id) FROM staff), ?1, ?2, ?3)").bind(hash, at, expiresAt)
    : db.prepare("INSERT INTO staff_tokens (staff_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)").bind(staffId, hash, at, expiresAt);
}

/** A statement revoking one of a person's tokens (none when it is not theirs or already revoked). */
export function revokeStaffToken(db: D1Database, staffId: number, tokenId: number, at: string): D1PreparedStatement {
  return db.prepare("UPDATE staff_tokens SET revoked_at = ?3 WHERE id = ?2 AND staff_id = ?1 AND revoked_at IS NULL").bind(staffId, tokenId, at);
}

/** The person signing in with this token hash: active token, not expired, person not retired. */
export function staffOfTokenQuery(db: D1Database, hash: string, now: string): Query<(StaffRecord & { tokenId: number; tokenHash: string; lastUsedAt: string | null }) | null> {
  return {
    statement: db
      .prepare(
        `SELECT s.id, s.name, s.role, s.created_at, s.created_by, s.retired_at, t.id AS token_id, t.token_hash, t.last_used_at
         FROM staff_tokens t JOIN staff s ON s.id = t.staff_id
         WHERE t.token_hash = ?1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?2) AND s.retired_at IS NULL`,
      )
      .bind(hash, now),
    read: (rows) => {
      const row = rows[0] as (StaffRow & { token_id: number; token_hash: string; last_used_at: string | null }) | undefined;
      return row ? { ...toStaff(row), tokenId: row.token_id, tokenHash: row.token_hash, lastUsedAt: row.last_used_at } : null;
    },
  };
}

/** How many administrators can still sign in with a token of their own (so the bootstrap token may retire). */
export async function activeAdministrators(db: D1Database, now: string): Promise<number> {
  const row = await db
    .prepare(
      `SELECT COUNT(DISTINCT s.id) AS n FROM staff s JOIN staff_tokens t ON t.staff_id = s.id
       WHERE s.role = 'admin' AND s.retired_at IS NULL AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?1)`,
    )
    .bind(now)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A person's tokens, newest first. */
export async function tokensOfStaff(db: D1Database, staffId: number): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare("SELECT id, staff_id AS owner, created_at, expires_at, last_used_at, revoked_at FROM staff_tokens WHERE staff_id = ?1 ORDER BY id DESC")
    .bind(staffId)
    .all<TokenRow>();
  return results.map(toTokenRecord);
}
