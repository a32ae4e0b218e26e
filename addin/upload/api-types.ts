import type { z } from "zod";
import type { UploadIssueSchema, UploadReceiptSchema, UploadRejectionSchema } from "../../shared/api/routes/uploads.ts";
import type { Me, PeriodWithLock, Receipt, UnitSchema } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";

/** The worker's answers the page reads, typed from the contract's schemas. */

export type { FormDefinition, Me, PeriodWithLock, Receipt };
export type UnitRecord = z.infer<typeof UnitSchema>;

/** An issue of an uploaded form, with the sheet and cell it names first (null when the cell is not in the file). */
export type UploadIssue = z.infer<typeof UploadIssueSchema>;

/** 200 or 201: a receipt per form stored. */
export type UploadReceipts = z.infer<typeof UploadReceiptSchema>;

/** 422: nothing stored; the errors and warnings of each form. */
export type UploadRejection = z.infer<typeof UploadRejectionSchema>;
