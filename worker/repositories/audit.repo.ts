/** One line of the audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: unknown;
}

/** What is being recorded. */
export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  target: string;
  unitCode?: string | null;
  periodId?: string | null;
  detail?: Record<string, unknown>;
}

/** A statement that appends a record to the audit log (batch it with the change it records). */
export function auditStatement(db: D1Database, record: AuditRecord): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO audit_log (at, actor, action, unit_code, period_id, target, detail_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .bind(
      record.at, record.actor, record.action, record.unitCode ?? null, record.periodId ?? null, record.target,
      JSON.stringify(record.detail ?? {}),
    );
}

/** Statements appending many records at once (a whole import, tokens for a selection), within D1's 100 bound parameters each. */
export function auditStatements(db: D1Database, records: readonly AuditRecord[]): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < records.length; i += 14) {
    const part = records.slice(i, i + 14);
    const values = part.map((_, k) => `(${[1, 2, 3, 4, 5, 6, 7].map((n) => `?${7 * k + n}`).join(", ")})`).join(", ");
    statements.push(
      db
        .prepare(`INSERT INTO audit_log (at, actor, action, unit_code, period_id, target, detail_json) VALUES ${values}`)
        .bind(...part.flatMap((r) => [r.at, r.actor, r.action, r.unitCode ?? null, r.periodId ?? null, r.target, JSON.stringify(r.detail ?? {})])),
    );
  }
  return statements;
}

/** Filters of the audit log; all optional. */
export interface AuditQuery {
  unit?: string;
  period?: string;
  action?: string;
  limit: number;
  before?: number;
}

/**
 * The newest audit entries matching the query, newest first. Only the filters given are in the
 * query, so that each reads its index (a unit's, a period's, an action's) rather than the whole log.
 */
export async function listAudit(db: D1Database, query: AuditQuery): Promise<AuditEntry[]> {
  const filters: [string, unknown][] = [];
  if (query.unit !== undefined) filters.push(["unit_code = ?", query.unit]);
  if (query.period !== undefined) filters.push(["period_id = ?", query.period]);
  if (query.action !== undefined) filters.push(["action = ?", query.action]);
  if (query.before !== undefined) filters.push(["id < ?", query.before]);
  const where = filters.length ? `WHERE ${filters.map(([condition], i) => condition.replace("?", `?${i + 1}`)).join(" AND ")}` : "";
  const { results } = await db
    .prepare(`SELECT id, at, actor, action, target, detail_json FROM audit_log ${where} ORDER BY id DESC LIMIT ?${filters.length + 1}`)
    .bind(...filters.map(([, value]) => value), query.limit)
    .all<{ id: number; at: string; actor: string; action: string; target: string; detail_json: string }>();
  return results.map((row) => ({
    id: row.id, at: row.at, actor: row.actor, action: row.action, target: row.target, detail: JSON.parse(row.detail_json),
  }));
}
