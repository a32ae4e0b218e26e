import { readOne, type Query } from "./query.ts";
import { auditStatement } from "./audit.repo.ts";

/** One event of a period's lock history: locked (khóa sổ) or reopened. */
export interface LockEvent {
  periodId: string;
  locked: boolean;
  at: string;
  actor: string;
  reason: string;
}

interface LockRow {
  period_id: string;
  locked: number;
  at: string;
  actor: string;
  reason: string;
}

const toEvent = (row: LockRow): LockEvent => ({
  periodId: row.period_id, locked: row.locked === 1, at: row.at, actor: row.actor, reason: row.reason,
});

/** The latest lock event of a period (its current state), or null when it was never locked. */
export function latestLockEvent(db: D1Database, periodId: string): Promise<LockEvent | null> {
  return readOne(latestLockQuery(db, periodId));
}

/** The read of a period's latest lock event, to run alone or with others. */
export function latestLockQuery(db: D1Database, periodId: string): Query<LockEvent | null> {
  return {
    statement: db
      .prepare("SELECT period_id, locked, at, actor, reason FROM period_lock_events WHERE period_id = ?1 ORDER BY id DESC LIMIT 1")
      .bind(periodId),
    read: (rows) => (rows[0] ? toEvent(rows[0] as LockRow) : null),
  };
}

/** Every lock event of a period, oldest first. */
export async function lockHistory(db: D1Database, periodId: string): Promise<LockEvent[]> {
  const { results } = await db
    .prepare("SELECT period_id, locked, at, actor, reason FROM period_lock_events WHERE period_id = ?1 ORDER BY id")
    .bind(periodId)
    .all<LockRow>();
  return results.map(toEvent);
}

/** Whether a period is locked now. */
export async function isLocked(db: D1Database, periodId: string): Promise<boolean> {
  return (await latestLockEvent(db, periodId))?.locked ?? false;
}

/** Appends a lock or reopen event and its audit line (`period.lock` / `period.unlock`) in one transaction. */
export async function recordLockEvent(db: D1Database, event: LockEvent): Promise<void> {
  await db.batch([
    db
      .prepare("INSERT INTO period_lock_events (period_id, locked, at, actor, reason) VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(event.periodId, event.locked ? 1 : 0, event.at, event.actor, event.reason),
    auditStatement(db, {
      at: event.at, actor: event.actor, action: event.locked ? "period.lock" : "period.unlock",
      periodId: event.periodId, target: event.periodId, detail: { reason: event.reason },
    }),
  ]);
}
