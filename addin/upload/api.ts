import { ApiClient, ApiFailure } from "../api/client.ts";
import * as catalogue from "../../shared/api/routes/catalogue.ts";
import * as plans from "../../shared/api/routes/task-plans.ts";
import { routePath } from "../../shared/api/routes/typed.ts";
import * as units from "../../shared/api/routes/units.ts";
import * as uploads from "../../shared/api/routes/uploads.ts";
import type { FormDefinition, Me, PeriodWithLock, UnitRecord, UploadReceipts, UploadRejection } from "./api-types.ts";

/**
 * The worker's calls the page makes, through the add-in's client and the contract's routes: each
 * answers what it got, or the worker's sentence to show instead. A request that got no answer
 * throws (NetworkError), for the step to say so.
 */

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MALFORMED = "Máy chủ trả lời không đúng định dạng. Thử lại sau; nếu vẫn lỗi, báo Văn phòng.";

export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export type UploadOutcome =
  | { kind: "stored"; receipts: UploadReceipts }
  | { kind: "rejected"; rejection: UploadRejection }
  | { kind: "failed"; message: string };

/** The same origin as the page. */
const client = (token: string) => new ApiClient("", token);

/** The call's answer, or the failure the worker gave (its own message), or MALFORMED for an answer off the contract. */
async function answerOf<T>(call: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, status: error.status, message: error.message };
    if (error instanceof Error && error.name === "ZodError") return { ok: false, status: 200, message: MALFORMED };
    throw error;
  }
}

/** Who the token belongs to; 401 when it is wrong or revoked. */
export const fetchMe = (token: string): Promise<Answer<Me>> => answerOf(() => client(token).me());

/** A period's data window, deadlines and lock. */
export const fetchPeriod = (periodId: string, token: string): Promise<Answer<PeriodWithLock>> => answerOf(() => client(token).period(periodId));

/** Every unit with its level (central). */
export const fetchUnits = (token: string): Promise<Answer<UnitRecord[]>> => answerOf(() => client(token).route(units.units));

/** The catalogue's forms. */
export const fetchForms = (token: string): Promise<Answer<FormDefinition[]>> =>
  answerOf(async () => (await client(token).route(catalogue.forms)) as unknown as FormDefinition[]);

/** The plans' progress forms a unit files for a period (its own tasks as rows). */
export const fetchPlanForms = (periodId: string, unitCode: string, token: string): Promise<Answer<FormDefinition[]>> =>
  answerOf(async () => (await client(token).route(plans.progressForms, { params: { periodId, unitCode } })) as unknown as FormDefinition[]);

/** A form (or `all`) as an .xlsx to fill, with the name the worker gives it. */
export const fetchFormFile = (formId: string, periodId: string, unitCode: string, token: string) =>
  answerOf(() => client(token).fetchFile(routePath(uploads.formWorkbook, { formId }, { period: periodId, unit: unitCode }), "bieu-mau.xlsx"));

/** Sends the filled workbook: stored with receipts, rejected with the errors by cell, or failed. */
export async function postUpload(periodId: string, unitCode: string, file: File, token: string): Promise<UploadOutcome> {
  const sent = await answerOf(() => client(token).send(routePath(uploads.upload, { periodId, unitCode }), file, XLSX));
  if (!sent.ok) return { kind: "failed", message: sent.message };
  const { status, json } = sent.value;
  const stored = uploads.UploadReceiptSchema.safeParse(json);
  if ((status === 200 || status === 201) && stored.success) return { kind: "stored", receipts: stored.data };
  const rejected = uploads.UploadRejectionSchema.safeParse(json);
  if (status === 422 && rejected.success) return { kind: "rejected", rejection: rejected.data };
  return { kind: "failed", message: MALFORMED };
}
