import type { StringKey } from "../ui/i18n.tsx";

type T = (key: StringKey, params?: Record<string, string | number>) => string;

/** The audit log's actions, in the order the filter offers them, with their words. */
export const AUDIT_ACTIONS: ReadonlyArray<{ action: string; key: StringKey }> = [
  { action: "submit", key: "aSubmit" },
  { action: "review.accept", key: "aReviewAccept" },
  { action: "review.return", key: "aReviewReturn" },
  { action: "period.lock", key: "aPeriodLock" },
  { action: "period.unlock", key: "aPeriodUnlock" },
  { action: "unit.create", key: "aUnitCreate" },
  { action: "unit.update", key: "aUnitUpdate" },
  { action: "token.issue", key: "aTokenIssue" },
  { action: "token.revoke", key: "aTokenRevoke" },
  { action: "staff.create", key: "aStaffCreate" },
  { action: "staff.update", key: "aStaffUpdate" },
  { action: "staff.token.issue", key: "aStaffTokenIssue" },
  { action: "staff.token.revoke", key: "aStaffTokenRevoke" },
  { action: "admin_token.retire", key: "aAdminTokenRetire" },
];

/** An action in words; an action this page does not know is shown as the API names it. */
export function actionWords(action: string, t: T): string {
  const known = AUDIT_ACTIONS.find((a) => a.action === action);
  return known ? t(known.key) : action;
}

/** `central` → the central office; `unit:CODE#token` → the unit. */
export function actorWords(actor: string, t: T): string {
  if (actor === "central") return t("cAuditCentral");
  const person = /^staff:\d+:(.+)$/.exec(actor)?.[1];
  if (person) return person;
  const unit = /^unit:([^#]+)/.exec(actor)?.[1];
  return unit ? t("cAuditUnitActor", { unit }) : actor;
}

/** The detail fields the worker records, in words; others keep the API's name. */
const DETAIL_KEYS: Record<string, StringKey> = {
  reason: "dReason", comment: "dComment", version: "dVersion", receipt: "dReceipt", warnings: "dWarnings",
};

/** An entry's detail as short text: `field: value` pairs, empty values left out. */
export function detailWords(detail: unknown, t: T): string {
  if (detail === null || detail === undefined) return "";
  if (typeof detail !== "object") return String(detail);
  return Object.entries(detail as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${DETAIL_KEYS[key] ? t(DETAIL_KEYS[key]) : key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join("; ");
}
