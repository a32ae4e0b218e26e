import type { FormDefinition } from "../forms/types.ts";
import type { SheetFacts } from "./sheet-facts.ts";

/** dd/mm/yyyy of a YYYY-MM-DD date. */
export function vietnameseDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The sheet's title: the form's title in capitals. */
export function titleText(form: FormDefinition): string {
  return form.title.vi.toLocaleUpperCase("vi");
}

/** "Đơn vị: UBND xã An Lư". */
export function unitLine(facts: SheetFacts): string {
  return `Đơn vị: ${facts.unitName}`;
}

/** "Kỳ báo cáo tháng 11/2026: số liệu từ ngày 15/10/2026 đến ngày 14/11/2026; hạn gửi 18/11/2026". */
export function periodLine(facts: SheetFacts): string {
  const label = facts.periodLabel.trim() || facts.periodId;
  const named = label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);
  return `Kỳ báo cáo ${named}: số liệu từ ngày ${vietnameseDate(facts.start)} đến ngày ${vietnameseDate(facts.end)}; hạn gửi ${vietnameseDate(facts.deadline)}`;
}

/** "Biểu số 01 — Theo mẫu Biểu số 06, Thông tư 01/2020/TT-VPCP". */
export function codeLine(form: FormDefinition): string {
  return `${form.layout.code} — ${form.basis.vi}`;
}

/** The labels beside the header facts. */
export const FACT_LABELS = { unit: "Mã đơn vị:", period: "Mã kỳ:" } as const;

/** The signature block under the table: place and date, then who signs. */
export const SIGNATURE = {
  date: "…………, ngày … tháng … năm …",
  preparer: "NGƯỜI LẬP BIỂU",
  preparerNote: "(Ký, ghi rõ họ tên)",
  head: "THỦ TRƯỞNG ĐƠN VỊ",
  headNote: "(Ký, ghi rõ họ tên, đóng dấu)",
} as const;
