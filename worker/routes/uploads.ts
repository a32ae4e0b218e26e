import type { Context } from "hono";
import type { z } from "zod";
import type { IssueSchema } from "../../shared/api/schemas.ts";
import * as routes from "../../shared/api/routes/uploads.ts";
import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { isBlank } from "../../shared/forms/cells.ts";
import { formsFiledBy } from "../../shared/forms/filing.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { requireUnitOrCentral } from "../auth/permissions.ts";
import { found } from "../middleware/found.ts";
import { unitOrCentral } from "../middleware/roles.ts";
import { hashToken } from "../auth/tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { ApiError, badRequest } from "../errors.ts";
import { attachment } from "../export/file-name.ts";
import { unitFormWorkbook } from "../export/unit-form.ts";
import { readUpload, type UploadedForm } from "../import/read-upload.ts";
import { NotAWorkbook, UPLOAD_LIMITS, UploadLimitExceeded } from "../import/upload-limits.ts";
import { requireActiveIn, requirePeriod, requireUnit } from "../lookups.ts";
import { progressFormsOf, requireFormFor } from "../plan-forms.ts";
import { readLimitedBytes } from "../read-json.ts";
import { findByIdempotencyKey, latestVersion } from "../repositories/submissions.repo.ts";
import {
  checkReport, idempotencyKeyOf, lockedEvent, rawIdempotencyKey, replay, storeReports, type ReportTarget, type Stored,
} from "../submit-report.ts";
import { api, fileNamed, guarded, withoutExtension } from "./api.ts";
import { periodLocked } from "./locks.ts";
import { periodName } from "../../shared/text/vietnam-format.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** `GET /api/v1/forms/all.xlsx`: every form of the catalogue in one workbook. */
const ALL = "all";


/** 413 naming the limit an upload passed: `limit` is its name and bound (UPLOAD_LIMITS). */
const tooMuch = (exceeded: UploadLimitExceeded) =>
  new ApiError(413, "payload_too_large", exceeded.messageVi, {
    limit: { name: exceeded.limit, max: UPLOAD_LIMITS[exceeded.limit], ...(exceeded.part ? { part: exceeded.part } : {}) },
  });

/** Reads the upload's bytes, refusing more than UPLOAD_LIMITS.fileBytes before anything is parsed. */
const readUploadBytes = (c: Context) => readLimitedBytes(c, UPLOAD_LIMITS.fileBytes, () => tooMuch(new UploadLimitExceeded("fileBytes")));

const NOT_XLSX =
  "Tệp tải lên không phải bảng tính Excel .xlsx. Hãy tải biểu mẫu về, điền số liệu rồi lưu dưới dạng " +
  "«Excel 2007-365 (.xlsx)» (LibreOffice, WPS: Lưu thành… → .xlsx) trước khi tải lên.";
const NO_FORMS =
  "Tệp tải lên không có biểu mẫu báo cáo nào: không tìm thấy các ô có tên BC_… hay trang mang tên biểu. " +
  "Hãy tải biểu mẫu về từ trang này, điền vào đó (không đổi tên trang) rồi tải lên.";

/** Reads the upload: 413, then 400 when it is not an .xlsx, has no form, or was made for another unit or period. */
async function readForms(c: Context<AppEnv>, period: Period, unit: Unit): Promise<[FormDefinition, UploadedForm][]> {
  const [periodId, unitCode] = [period.id, unit.code];
  const forms = [...catalogue, ...await progressFormsOf(c.env.DB, unit, period, levelsOf(c.env))];
  const bytes = await readUploadBytes(c);
  if (bytes.byteLength === 0) throw badRequest(`Chưa có tệp tải lên. ${NO_FORMS}`);
  let read: Record<string, UploadedForm>;
  try {
    read = await readUpload(bytes, forms);
  } catch (error) {
    if (error instanceof UploadLimitExceeded) throw tooMuch(error);
    if (error instanceof NotAWorkbook) throw badRequest(`${NOT_XLSX} (Chi tiết: ${error.reason}.)`);
    throw error;
  }
  const present = forms.filter((form) => read[form.id]).map((form) => [form, read[form.id]!] as [FormDefinition, UploadedForm]);
  if (present.length === 0) throw badRequest(NO_FORMS);
  // A form left wholly blank beside a filled one was not meant to be sent (the "all forms" file);
  // when every form is blank, all are checked, so that the answer says what to fill.
  const filled = present.filter(([, upload]) => !isBlank(upload.values));
  const found = filled.length > 0 ? filled : present;
  for (const [form, upload] of found) {
    if (upload.periodId !== undefined && upload.periodId !== periodId) {
      throw badRequest(`Trang «${upload.sheet}» (${form.title.vi}) là biểu của kỳ ${upload.periodId}, không phải kỳ ${periodId}. Hãy tải biểu mẫu của kỳ ${periodId}.`);
    }
    if (upload.unitCode !== undefined && upload.unitCode !== unitCode) {
      throw badRequest(`Trang «${upload.sheet}» (${form.title.vi}) là biểu của đơn vị ${upload.unitCode}, không phải ${unitCode}.`);
    }
  }
  return found;
}

/** Each issue with the sheet and address of the cell it names first. */
function located(issues: readonly z.infer<typeof IssueSchema>[], upload: UploadedForm) {
  return issues.map((issue) => {
    const at = issue.columns.map((key) => upload.cells[key]).find((cell) => cell !== undefined);
    return { ...issue, sheet: at?.sheet ?? null, cell: at?.address ?? null };
  });
}

const requestHashOf = (upload: UploadedForm) => hashToken(JSON.stringify({ values: upload.values }));

/**
 * The form, period and unit the download is for: the unit given, else the unit's own; 400 naming a
 * missing parameter, 403 for another unit's form, 404 (before the query's schema is checked).
 */
const formRequest = found(async (c) => {
  const actor = c.get("actor");
  const formId = withoutExtension(c.req.param("formId") ?? "");
  const unitCode = c.req.query("unit") ?? (actor.role === "unit" ? actor.unit : undefined);
  if (!unitCode) throw badRequest("Thiếu tham số «unit» (mã đơn vị), ví dụ ?period=2026-11&unit=SO-TP.");
  requireUnitOrCentral(actor, unitCode);
  const periodId = c.req.query("period");
  if (!periodId) throw badRequest("Thiếu tham số «period» (mã kỳ báo cáo), ví dụ ?period=2026-11.");
  return { formId, period: requirePeriod(periodId), unit: await requireUnit(c.env.DB, unitCode) };
});

/** Downloading a unit's form as .xlsx and uploading it filled. */
export const uploadsApi = api();
uploadsApi.use("/api/v1/uploads/:periodId/:unitCode", unitOrCentral());

// Mounted before the catalogue: its GET /api/v1/forms/{formId} would take "dossiers.xlsx" for a form id.
uploadsApi.openapi(guarded(fileNamed(uploadsApi, routes.formWorkbook), formRequest), async (c) => {
  const { formId, period, unit } = c.var.found;
  const levels = levelsOf(c.env);
  // "all": the forms the unit files for this period (its level, the period's type), its plans' progress too.
  const forms = formId !== ALL
    ? [await requireFormFor(c.env.DB, formId, unit, period, levels)]
    : [...formsFiledBy(catalogue, unit.level, period.type, levels), ...await progressFormsOf(c.env.DB, unit, period, levels)];
  const info = periodInfo(period, deadlineConfig(c.env), unit.level, levelsOf(c.env));
  const stored = await Promise.all(forms.map((form) => latestVersion(c.env.DB, { periodId: period.id, formId: form.id, unitCode: unit.code })));
  const values = Object.fromEntries(forms.flatMap((form, i) => (stored[i] ? [[form.id, stored[i]!.values]] : [])));
  const bytes = await unitFormWorkbook(forms, {
    periodId: period.id, periodLabel: periodName(info.id, "long"), start: info.start, end: info.end, deadline: info.deadline,
    unitCode: unit.code, unitName: unit.name,
  }, values);
  const what = formId === ALL ? "Biểu báo cáo" : forms[0]!.layout.code;
  return c.body(bytes, 200, {
    "Content-Type": XLSX,
    "Content-Disposition": attachment(`${what} ${unit.code} ${period.id}.xlsx`),
  });
});

uploadsApi.openapi(routes.upload, async (c) => {
  const { periodId, unitCode } = c.req.valid("param");
  const period = requirePeriod(periodId);
  const unit = await requireUnit(c.env.DB, unitCode);
  requireActiveIn(unit, period);
  const targetOf = (form: FormDefinition): ReportTarget => ({ period, form, unit, key: { periodId: period.id, formId: form.id, unitCode: unit.code } });
  const answer = (stored: [string, Stored][]) =>
    c.json({ forms: Object.fromEntries(stored.map(([id, s]) => [id, s.body])) }, stored.some(([, s]) => s.status === 201) ? 201 : 200);

  const lock = await lockedEvent(c.env.DB, period.id);
  if (lock) {
    // 423 before the file is read; only the replay of versions already stored under the same key answers.
    const raw = rawIdempotencyKey(c);
    if (!raw) throw periodLocked(lock);
    const found = await readForms(c, period, unit);
    const priors = await Promise.all(found.map(([form]) => findByIdempotencyKey(c.env.DB, targetOf(form).key, raw)));
    if (priors.some((p) => p === null)) throw periodLocked(lock);
    return answer(await Promise.all(found.map(async ([form, upload], i) => [form.id, replay(priors[i]!, await requestHashOf(upload))] as [string, Stored])));
  }

  const found = await readForms(c, period, unit);
  const idempotencyKey = idempotencyKeyOf(c);
  const hashes = await Promise.all(found.map(([, upload]) => requestHashOf(upload)));
  if (idempotencyKey) {
    const priors = await Promise.all(found.map(([form]) => findByIdempotencyKey(c.env.DB, targetOf(form).key, idempotencyKey)));
    if (priors.every((p) => p !== null)) return answer(found.map(([form], i) => [form.id, replay(priors[i]!, hashes[i]!)]));
  }

  const checked = await Promise.all(found.map(async ([form, upload]) => ({ form, upload, result: await checkReport(c.env.DB, targetOf(form), upload.values) })));
  if (checked.some(({ result }) => result.errors.length > 0)) {
    return c.json({
      forms: Object.fromEntries(checked.map(({ form, upload, result }) => [form.id, {
        errors: located(result.errors, upload), warnings: located(result.warnings, upload),
      }])),
    }, 422);
  }

  // Forms already stored under this key answer their receipts (409 before anything is stored when one
  // of them differs); the others are stored together, all or none.
  const priors = idempotencyKey ? await Promise.all(checked.map(({ form }) => findByIdempotencyKey(c.env.DB, targetOf(form).key, idempotencyKey))) : [];
  const replayed = checked.map((_, i) => (priors[i] ? replay(priors[i]!, hashes[i]!) : null));
  const fresh = checked.flatMap(({ form, result }, i) => (priors[i] ? [] : [{
    target: targetOf(form), requestHash: hashes[i]!,
    report: { values: result.values, warnings: result.warnings, notes: null, explanations: {} },
  }]));
  const stored = fresh.length > 0 ? await storeReports(c, fresh, idempotencyKey) : [];
  let next = 0;
  const answers = checked.map(({ form }, i) => [form.id, replayed[i] ?? stored[next++]!] as [string, Stored]);
  return answer(answers);
});
