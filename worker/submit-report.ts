import type { Context } from "hono";
import type { FormDefinition, FormValues } from "../shared/forms/types.ts";
import { deadlineOf, isLate, previousPeriod, type Period } from "../shared/periods/index.ts";
import type { Unit } from "../shared/units/levels.ts";
import type { Issue } from "../shared/validation/issue.ts";
import { HISTORY_LENGTH } from "../shared/validation/outlier.ts";
import { sumOverUnits } from "../shared/aggregation/combine.ts";
import { validateSubmission, type ValidationResult } from "../shared/validation/validate.ts";
import { actorName } from "./auth/actor.ts";
import { signedInTogether } from "./auth/sign-in.ts";
import type { AppEnv } from "./app-env.ts";
import { deadlineConfig } from "./config.ts";
import { ApiError, badRequest } from "./errors.ts";
import { newReceipt } from "./receipts.ts";
import { latestLockEvent, latestLockQuery, type LockEvent } from "./repositories/locks.repo.ts";
import {
  appendVersions, findByIdempotencyKey, historyQuery, idempotencyQuery, latestValuesWithPredecessors, type ReportKey, type StoredVersion,
} from "./repositories/submissions.repo.ts";
import { unitQuery } from "./repositories/units.repo.ts";
import { periodLocked } from "./routes/locks.ts";

/**
 * Submitting one report, shared by `PUT /api/v1/submissions/…` (JSON) and
 * `POST /api/v1/uploads/…` (an .xlsx): the same rules, versions, lateness, receipts,
 * idempotency and lock.
 */

/** The report a submission goes to, resolved (403 and 404 already checked). */
export interface ReportTarget {
  period: Period;
  form: FormDefinition;
  unit: Unit;
  key: ReportKey;
}

/** A receipt as the API answers it. */
export interface ReceiptBody {
  receipt: string;
  version: number;
  late: boolean;
  warnings: Issue[];
}

/** An answer to give: 201 for a first version, 200 for an amendment. */
export interface Stored {
  status: 200 | 201;
  body: ReceiptBody;
}

/** The `Idempotency-Key` header, trimmed; 400 when it is empty or longer than 200 characters. */
export function idempotencyKeyOf<E extends AppEnv>(c: Context<E>): string | null {
  const raw = c.req.header("Idempotency-Key");
  if (raw === undefined) return null;
  const key = raw.trim();
  if (key.length === 0 || key.length > 200) throw badRequest("Idempotency-Key phải có từ 1 đến 200 ký tự.");
  return key;
}

/** The header as a lookup key, without failing: what a locked period's replay check uses. */
export function rawIdempotencyKey(c: Context<AppEnv>): string | null {
  const raw = c.req.header("Idempotency-Key")?.trim();
  return raw && raw.length <= 200 ? raw : null;
}

/** The replay of a version already stored under the same key; 409 when the request differs. */
export function replay(stored: StoredVersion, requestHash: string): Stored {
  if (stored.requestHash !== null && stored.requestHash !== requestHash) {
    throw new ApiError(409, "idempotency_conflict",
      `Idempotency-Key này đã dùng cho lần gửi khác (phiên bản ${stored.version}, biên nhận ${stored.receipt}) với nội dung khác; hãy dùng khóa mới.`);
  }
  return {
    status: stored.version === 1 ? 201 : 200,
    body: { receipt: stored.receipt, version: stored.version, late: stored.late, warnings: stored.warnings },
  };
}

/** The latest lock event when the period is locked, else null. */
export async function lockedEvent(db: D1Database, periodId: string) {
  const lock = await latestLockEvent(db, periodId);
  return lock?.locked ? lock : null;
}

export { HISTORY_LENGTH } from "../shared/validation/outlier.ts";

/**
 * Runs the form's rules on the values, with the unit's earlier reports of the same period type:
 * the previous one for continuity, the last few for the outlier rules (one D1 read for both).
 */
export async function checkReport(db: D1Database, target: ReportTarget, values: Readonly<Record<string, unknown>>): Promise<ValidationResult> {
  return checkWithHistory(target, values, await reportHistory(db, target));
}

/** The form's rules on the values, with the unit's earlier reports already read (newest first). */
export function checkWithHistory(target: ReportTarget, values: Readonly<Record<string, unknown>>, history: readonly { periodId: string; values: FormValues }[]): ValidationResult {
  return validateSubmission(target.form, values, {
    unitName: target.unit.name,
    level: target.unit.level,
    previous: history[0]?.periodId === earlierPeriods(target.period)[0] ? history[0]! : null,
    history,
  });
}

/** What a submission needs besides its body: read together, in one D1 round trip. */
export interface SubmissionContext {
  unit: Unit | null;
  lock: LockEvent | null;
  /** The version already stored under the request's Idempotency-Key, if any. */
  prior: StoredVersion | null;
  /** The unit's earlier reports of the form, newest first (predecessors' summed in). */
  history: { periodId: string; values: FormValues }[];
}

/**
 * The sign-in, the unit, the period's lock, the version stored under the Idempotency-Key and the
 * unit's earlier reports, in one D1 batch: what `PUT /api/v1/submissions/…` checks before it stores.
 * 401 when the token does not sign in; `c.get("actor")` is set after.
 */
export async function loadSubmission(c: Context<AppEnv>, key: ReportKey, idempotencyKey: string | null, period: Period, form: FormDefinition | undefined): Promise<SubmissionContext> {
  const db = c.env.DB;
  const earlier = earlierPeriods(period);
  const reads = [unitQuery(db, key.unitCode), latestLockQuery(db, key.periodId), historyQuery(db, key, earlier)] as const;
  const [unit, lock, found, prior] = idempotencyKey
    ? await signedInTogether(c, [...reads, idempotencyQuery(db, key, idempotencyKey)] as const)
    : [...await signedInTogether(c, reads), null] as const;
  return { unit, lock, prior, history: form ? historyFrom(form, earlier, found) : [] };
}

/** The ids of the `HISTORY_LENGTH` periods of the same type before this one, newest first. */
function earlierPeriods(period: Period): string[] {
  const earlier: string[] = [];
  let p = period;
  while (earlier.length < HISTORY_LENGTH) {
    try {
      p = previousPeriod(p);
    } catch {
      break; // the first periods of year 1 have no earlier ones
    }
    earlier.push(p.id);
  }
  return earlier;
}

/**
 * The unit's reports of the `HISTORY_LENGTH` periods of the same type before this one, newest first
 * (those it sent); a period in which units since merged into it reported counts their figures
 * with its own (a new commune's continuity is its predecessors' closing stocks summed).
 */
export async function reportHistory(db: D1Database, target: Pick<ReportTarget, "period" | "key" | "form">): Promise<{ periodId: string; values: FormValues }[]> {
  const earlier = earlierPeriods(target.period);
  const found = await latestValuesWithPredecessors(db, { formId: target.key.formId, unitCode: target.key.unitCode }, earlier);
  return historyFrom(target.form, earlier, found);
}

/** Each earlier period's report, newest first; a period several merged units reported is their sum. */
function historyFrom(form: FormDefinition, earlier: readonly string[], found: readonly { periodId: string; values: FormValues }[]): { periodId: string; values: FormValues }[] {
  return earlier.flatMap((id) => {
    const reports = found.filter((report) => report.periodId === id);
    if (reports.length === 0) return [];
    if (reports.length === 1) return [{ periodId: id, values: reports[0]!.values }];
    return [{ periodId: id, values: sumOverUnits(form, reports.map((report) => report.values)) }];
  });
}

const isUniqueViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed/i.test(error.message);

/** What is stored with a version that passed the rules. */
export interface CheckedReport {
  values: FormValues;
  warnings: Issue[];
  notes: string | null;
  explanations: Record<string, string>;
}

/** One checked report to store, with the hash of the request it came from. */
export interface ReportToStore {
  target: ReportTarget;
  report: CheckedReport;
  requestHash: string;
}

/**
 * Stores checked reports as their next versions, all in one transaction (an upload's forms are
 * stored all or none): late when a first version comes after the deadline; when a concurrent
 * request with the same `Idempotency-Key` won, its receipts answer; a period locked while the
 * request was being checked answers 423.
 */
export async function storeReports<E extends AppEnv>(c: Context<E>, items: readonly ReportToStore[], idempotencyKey: string | null): Promise<Stored[]> {
  const now = new Date();
  const submittedBy = actorName(c.get("actor"));
  const receipts = items.map(() => newReceipt(now));
  try {
    const stored = await appendVersions(c.env.DB, items.map(({ target, report, requestHash }, i) => ({
      key: target.key, receipt: receipts[i]!, lateIfFirst: isLate(now, deadlineOf(target.period, deadlineConfig(c.env), target.unit.level)),
      submittedAt: now.toISOString(), submittedBy,
      values: report.values, notes: report.notes, warnings: report.warnings,
      explanations: report.explanations, idempotencyKey, requestHash,
    })));
    return stored.map((version, i) => ({
      status: version.version === 1 ? 201 : 200,
      body: { receipt: receipts[i]!, version: version.version, late: version.late, warnings: items[i]!.report.warnings },
    }));
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const winners = await Promise.all(items.map(({ target }) => findByIdempotencyKey(c.env.DB, target.key, idempotencyKey)));
      if (winners.every((w) => w !== null)) return winners.map((winner, i) => replay(winner!, items[i]!.requestHash));
      if (winners.some((w) => w !== null)) {
        // A concurrent request with the same key stored other forms than these: not the same request.
        throw new ApiError(409, "idempotency_conflict", "Idempotency-Key này vừa được dùng cho một lần gửi khác (khác biểu); hãy dùng khóa mới.");
      }
    }
    if (error instanceof Error && /period_locked/.test(error.message)) {
      const locked = await lockedEvent(c.env.DB, items[0]!.target.period.id); // locked while this one was being checked
      if (locked) throw periodLocked(locked);
    }
    throw error;
  }
}

/** Stores one checked report as its next version (storeReports for one). */
export async function storeReport<E extends AppEnv>(
  c: Context<E>,
  target: ReportTarget,
  report: CheckedReport,
  idempotencyKey: string | null,
  requestHash: string,
): Promise<Stored> {
  const [stored] = await storeReports(c, [{ target, report, requestHash }], idempotencyKey);
  return stored!;
}
