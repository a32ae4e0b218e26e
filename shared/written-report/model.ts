/**
 * A written document as data, independent of the file format: the city's draft report is composed
 * here (shared, tested without a word processor) and written as .docx by the worker.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Starts on a new line of the same paragraph (a line break the writer typed). */
  lineBreak?: boolean;
}

export interface TableCell {
  text: string;
  columnSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
}

export interface Table {
  /** Relative widths of the columns. */
  widths: number[];
  /** Header rows, repeated on every page; a cell spanning rows is given once, in its first row. */
  header: TableCell[][];
  rows: TableCell[][];
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "table"; table: Table };

export interface Appendix {
  /** "Phụ lục I". */
  label: string;
  title: string;
  subtitle: string;
  table: Table;
  /** Printed under the table (where the units' lines are, when they are not here). */
  note?: string;
}

/** An administrative report (Nghị định 30/2020/NĐ-CP, form of a "báo cáo"). */
export interface WrittenDocument {
  heading: {
    /** The authority above the issuing office ("ỦY BAN NHÂN DÂN THÀNH PHỐ …"). */
    authority: string;
    office: string;
    /** "Số: …/BC-VP". */
    number: string;
    /** "……, ngày … tháng … năm 2026". */
    placeAndDate: string;
  };
  title: string;
  subtitle: string;
  body: Block[];
  recipients: string[];
  signer: { position: string; note: string };
  appendices: Appendix[];
}
