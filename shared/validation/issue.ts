import type { Severity } from "../forms/types.ts";

/** One finding of a rule about a submission (API.md, "Issue"). */
export interface Issue {
  rule: string;
  severity: Severity;
  /** Every cell the rule involves, the one to fix first (for a total, the total). */
  columns: string[];
  /** Vietnamese; names the form, the row, the column labels and the expected value. */
  message: string;
  /** The same in English. */
  messageEn: string;
  expected?: number;
  actual?: number;
}
