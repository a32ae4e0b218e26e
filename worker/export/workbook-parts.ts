import type { WorkbookParts } from "../../shared/api/report-sheets-schema.ts";
import type { ReportSheetsInput } from "../../shared/report-sheets/report-sheets.ts";
import { planWorkbook, type WorkbookPlan } from "../../shared/report-sheets/workbook-parts.ts";
import { workbookPartCells } from "../config.ts";
import { ApiError, badRequest } from "../errors.ts";
import { workbookFileName } from "./workbook-input.ts";

/** The name of a part's file: the workbook's own when it is whole. */
export function partFileName(periodId: string, part: number, parts: number): string {
  return parts === 1 ? workbookFileName(periodId) : `Báo cáo tổng hợp ${periodId} (phần ${part} trên ${parts}).xlsx`;
}

export function listParts(periodId: string, plan: WorkbookPlan): WorkbookParts {
  return {
    periodId,
    parts: plan.parts.map((p, i) => ({ part: i + 1, fileName: partFileName(periodId, i + 1, plan.parts.length), sheets: p.slices.map((s) => s.name), cells: p.cells })),
  };
}

export const planOf = (input: ReportSheetsInput, env: Env): WorkbookPlan => planWorkbook(input, workbookPartCells(env));

/**
 * The 0-based index of the part asked for with `?part=`: 400 when it is not a whole number, 404 past
 * the last part; null when none was asked for.
 */
export function requestedPart(query: string | undefined, plan: WorkbookPlan, periodId: string): number | null {
  if (query === undefined) return null;
  if (!/^[1-9][0-9]{0,5}$/.test(query)) throw badRequest(`Tham số part phải là số thứ tự của phần (1, 2, …), không phải «${query.slice(0, 20)}».`);
  const part = Number(query);
  const count = plan.parts.length;
  if (part > count) throw new ApiError(404, "not_found", `Báo cáo tổng hợp kỳ ${periodId} chỉ có ${count} phần, không có phần ${part}.`);
  return part - 1;
}

/** A period whose workbook is in several parts, asked for whole: 409 naming the parts to download. */
export function inParts(periodId: string, plan: WorkbookPlan): ApiError {
  const count = plan.parts.length;
  return new ApiError(
    409, "workbook_in_parts",
    `Báo cáo tổng hợp kỳ ${periodId} quá lớn cho một tệp nên được chia thành ${count} phần: tải từng phần (part=1 đến part=${count}).`,
    listParts(periodId, plan),
  );
}
