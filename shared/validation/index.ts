export type { Issue } from "./issue.ts";
export type { PreviousReport } from "./check-rules.ts";
export { validateSubmission, type ValidationContext, type ValidationResult } from "./validate.ts";
export { formatVi, formatEn } from "../text/numbers-vi.ts";
