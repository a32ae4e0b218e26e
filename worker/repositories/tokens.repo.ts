/** A token that has not been revoked, as stored. */
export interface StoredToken {
  id: number;
  unitCode: string;
  hash: string;
}

/** The active token with this hash, if any. */
export async function findActiveToken(db: D1Database, hash: string): Promise<StoredToken | null> {
  const row = await db
    .prepare("SELECT id, unit_code, token_hash FROM unit_tokens WHERE token_hash = ?1 AND revoked_at IS NULL")
    .bind(hash)
    .first<{ id: number; unit_code: string; token_hash: string }>();
  return row ? { id: row.id, unitCode: row.unit_code, hash: row.token_hash } : null;
}

/** Statements that store a new token's hash for a unit. */
export function insertToken(db: D1Database, unitCode: string, hash: string, at: string): D1PreparedStatement {
  return db
    .prepare("INSERT INTO unit_tokens (unit_code, token_hash, created_at) VALUES (?1, ?2, ?3)")
    .bind(unitCode, hash, at);
}

/** A statement that revokes every active token of a unit. */
export function revokeTokens(db: D1Database, unitCode: string, at: string): D1PreparedStatement {
  return db
    .prepare("UPDATE unit_tokens SET revoked_at = ?2 WHERE unit_code = ?1 AND revoked_at IS NULL")
    .bind(unitCode, at);
}
