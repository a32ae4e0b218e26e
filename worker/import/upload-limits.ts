import { formatVi } from "../../shared/text/numbers-vi.ts";
/**
 * What an uploaded workbook may hold. A filled form is ~11 KB zipped and ~40 KB unzipped, with a
 * few hundred cells; these leave room for a unit's own notes and sheets in the file, and keep
 * reading it (ExcelJS keeps ~0.35 KB per cell) far inside a Worker's 128 MB. Checked from the
 * zip's directory, then while inflating, before ExcelJS sees a byte (check-upload.ts).
 */
export const UPLOAD_LIMITS = {
  /** The file as sent. */
  fileBytes: 2 * 1024 * 1024,
  /** Parts (files) inside the zip. */
  parts: 500,
  /** One part, unzipped. */
  partBytes: 8 * 1024 * 1024,
  /** All parts together, unzipped. */
  totalBytes: 16 * 1024 * 1024,
  /** Rows over all sheets. */
  rows: 10_000,
  /** Cells over all sheets. */
  cells: 50_000,
  /** Shared strings (distinct texts of the workbook). */
  strings: 50_000,
  /** Characters of one text (Excel's own limit for a cell). */
  textCharacters: 32_767,
  /** XML elements over all parts (styles, names, drawings as well as cells). */
  elements: 250_000,
} as const;

export type UploadLimit = keyof typeof UPLOAD_LIMITS;

const MiB = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
const count = (n: number) => formatVi(n);

/** Each limit in words: what is too much, and its bound. */
const WHAT: Record<UploadLimit, (part: string | null) => string> = {
  fileBytes: () => `Tệp tải lên lớn hơn ${MiB(UPLOAD_LIMITS.fileBytes)}`,
  parts: () => `Tệp có hơn ${count(UPLOAD_LIMITS.parts)} phần bên trong`,
  partBytes: (part) => `Phần «${part}» của tệp khi giải nén lớn hơn ${MiB(UPLOAD_LIMITS.partBytes)}`,
  totalBytes: () => `Tệp khi giải nén lớn hơn ${MiB(UPLOAD_LIMITS.totalBytes)}`,
  rows: () => `Các trang tính có hơn ${count(UPLOAD_LIMITS.rows)} dòng`,
  cells: () => `Các trang tính có hơn ${count(UPLOAD_LIMITS.cells)} ô`,
  strings: () => `Tệp có hơn ${count(UPLOAD_LIMITS.strings)} chuỗi văn bản`,
  textCharacters: (part) => `Một ô hoặc đoạn văn bản trong «${part}» dài hơn ${count(UPLOAD_LIMITS.textCharacters)} ký tự`,
  elements: () => `Tệp có hơn ${count(UPLOAD_LIMITS.elements)} thành phần XML`,
};

/** An upload holds more than a limit allows: refused before it is read (413). */
export class UploadLimitExceeded extends Error {
  override name = "UploadLimitExceeded";
  constructor(
    readonly limit: UploadLimit,
    readonly part: string | null = null,
  ) {
    super(`upload limit ${limit} (${UPLOAD_LIMITS[limit]}) exceeded${part ? ` in ${part}` : ""}`);
  }

  /** The Vietnamese message: what is too much, the bound, and what to do. */
  get messageVi(): string {
    return `${WHAT[this.limit](this.part)} (giới hạn của hệ thống), không được nhận. Biểu mẫu điền đúng chỉ khoảng vài chục KiB ` +
      "với vài trăm ô: hãy tải biểu mẫu về từ trang Tải lên, điền số liệu vào đó rồi tải lên, không chép thêm dữ liệu khác vào tệp.";
  }
}

/** The file is not an .xlsx that can be read; `reason` says why in Vietnamese. */
export class NotAWorkbook extends Error {
  override name = "NotAWorkbook";
  constructor(readonly reason: string) {
    super(reason);
  }
}
