import type { Query } from "./query.ts";
import { toTokenRecord, type TokenRecord } from "./staff.repo.ts";

/** A unit token that signs in now, as stored. */
export interface StoredToken {
  id: number;
  unitCode: string;
  hash: string;
  lastUsedAt: string | null;
}

/** The unit token with this hash that is neither revoked nor expired at `now`, if any. */
export function activeTokenQuery(db: D1Database, hash: string, now: string): Query<StoredToken | null> {
  return {
    statement: db
      .prepare(
        `SELECT id, unit_code, token_hash, last_used_at FROM unit_tokens
         WHERE token_hash = ?1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?2)`,
      )
      .bind(hash, now),
    read: (rows) => {
      const row = rows[0] as { id: number; unit_code: string; token_hash: string; last_used_at: string | null } | undefined;
      return row ? { id: row.id, unitCode: row.unit_code, hash: row.token_hash, lastUsedAt: row.last_used_at } : null;
    },
  };
}

/** A statement that stores a new token's hash for a unit, expiring at `expiresAt` when given. */
export function insertToken(db: D1Database, unitCode: string, hash: string, at: string, expiresAt: string | null = null): D1PreparedStatement {
  return db
    .prepare("INSERT INTO unit_tokens (unit_code, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(unitCode, hash, at, expiresAt);
}

/** A statement that revokes every active token of a unit. */
export function revokeTokens(db: D1Database, unitCode: string, at: string): D1PreparedStatement {
  return db
    .prepare("UPDATE unit_tokens SET revoked_at = ?2 WHERE unit_code = ?1 AND revoked_at IS NULL")
    .bind(unitCode, at);
}

/** A statement that revokes one token of a unit (nothing when it is another unit's or already revoked). */
export function revokeToken(db: D1Database, unitCode: string, tokenId: number, at: string): D1PreparedStatement {
  return db
    .prepare("UPDATE unit_tokens SET revoked_at = ?3 WHERE id = ?2 AND unit_code = ?1 AND revoked_at IS NULL")
    .bind(unitCode, tokenId, at);
}

/** Every token of a unit, newest first: when issued, used, expiring, revoked. */
export async function tokensOfUnit(db: D1Database, unitCode: string): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare("SELECT id, unit_code AS owner, created_at, expires_at, last_used_at, revoked_at FROM unit_tokens WHERE unit_code = ?1 ORDER BY id DESC")
    .bind(unitCode)
    .all<{ id: number; owner: string; created_at: string; expires_at: string | null; last_used_at: string | null; revoked_at: string | null }>();
  return results.map(toTokenRecord);
}

/** When each unit's tokens were last used (unit code → latest use), for the registry's list. */
export async function lastUseByUnit(db: D1Database): Promise<Map<string, { lastUsedAt: string | null; active: number }>> {
  const { results } = await db
    .prepare(
      `SELECT unit_code, MAX(last_used_at) AS last_used_at, SUM(CASE WHEN revoked_at IS NULL THEN 1 ELSE 0 END) AS active
       FROM unit_tokens GROUP BY unit_code`,
    )
    .all<{ unit_code: string; last_used_at: string | null; active: number }>();
  return new Map(results.map((row) => [row.unit_code, { lastUsedAt: row.last_used_at, active: row.active }]));
}

/**
 * A statement recording that a token was used, at most once an hour per token: the registry shows
 * when a unit last signed in without a write on every request.
 */
export function touchToken(db: D1Database, table: "unit_tokens" | "staff_tokens", id: number, at: string): D1PreparedStatement {
  return db
    .prepare(`UPDATE ${table} SET last_used_at = ?2 WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at < ?3)`)
    .bind(id, at, new Date(Date.parse(at) - 3_600_000).toISOString());
}

/** Statements storing many units' new tokens at once, in as few statements as D1's 100 bound parameters allow. */
export function insertTokens(db: D1Database, rows: readonly { unitCode: string; hash: string }[], at: string, expiresAt: string | null): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += 49) {
    const part = rows.slice(i, i + 49);
    const values = part.map((_, k) => `(?${3 + 2 * k}, ?${4 + 2 * k}, ?1, ?2)`).join(", ");
    statements.push(
      db
        .prepare(`INSERT INTO unit_tokens (unit_code, token_hash, created_at, expires_at) VALUES ${values}`)
        .bind(at, expiresAt, ...part.flatMap((row) => [row.unitCode, row.hash])),
    );
  }
  return statements;
}
