import type { Query } from "./query.ts";

/** The deployment switches administrators set from the central page. */
export type SettingKey = "admin_token_retired";

/** A setting's value (null when it was never set), as a read to run alone or with others. */
export function settingQuery(db: D1Database, key: SettingKey): Query<string | null> {
  return {
    statement: db.prepare("SELECT value FROM settings WHERE key = ?1").bind(key),
    read: (rows) => (rows[0] as { value: string } | undefined)?.value ?? null,
  };
}

/** A statement setting a value. */
export function writeSetting(db: D1Database, key: SettingKey, value: string, at: string, by: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(key, value, at, by);
}
