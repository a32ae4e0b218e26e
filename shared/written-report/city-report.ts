import { romanNumeral } from "../text/roman.ts";
import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import { cellKey } from "../forms/cells.ts";
import type { FormDefinition } from "../forms/types.ts";
import { CONTENT_COLUMN, outlineForm } from "../outline/outline-form.ts";
import type { Outline, OutlineSection } from "../outline/types.ts";
import type { FormTargets } from "../plans/types.ts";
import { vietnamDate } from "../periods/index.ts";
import { appendixTable } from "./appendix-table.ts";
import type { PlanProgress } from "../plan-tasks/progress.ts";
import { planProgressBlocks, planProgressTable } from "./plan-progress-blocks.ts";
import { changeText, compare, valueText, type Summary } from "./comparison.ts";
import { figuresSentence, lowerFirst, targetSentences } from "./figures-sentence.ts";
import type { ReportHeading } from "./heading.ts";
import type { Block, Table, WrittenDocument } from "./model.ts";
import { periodName, vnDate } from "../text/vietnam-format.ts";

/** One form's city figures for the period, and last year's same period where it was reported. */
export interface FormFigures {
  form: FormDefinition;
  report: ConsolidatedReport<PeriodInfo>;
  lastYear: (Summary & { period: PeriodInfo }) | null;
}

/** Everything the city's draft report is written from. */
export interface CityReportInput {
  period: PeriodInfo;
  outline: Outline;
  /** What the units wrote (the outline's form consolidated); null when the period's type has no written report. */
  written: ConsolidatedReport<PeriodInfo> | null;
  /** The numeric forms of the period, in catalogue order. */
  tables: readonly FormFigures[];
  targets: Readonly<Record<string, FormTargets>>;
  /** Form id → the names of the units expected to send it that have not. */
  missing: Readonly<Record<string, readonly string[]>>;
  heading: ReportHeading;
  /** When the draft is made: the year of its date line. */
  producedAt: Date;
  /** The consolidated workbook of the period, named where an appendix leaves the units out. */
  workbookFileName: string;
  /** The progress of each plan asking for it this period. */
  plans?: readonly PlanProgress[];
}

/**
 * The most cells of units' lines the appendices carry. The docx library holds the whole document
 * in memory: a quarter's appendices for 300 units needed 192–256 MB of Node heap, over a Worker's
 * 128 MB; about 5,400 cells fitted in 96 MB and 11,000 in 128 MB (bench/README.md). Beyond this,
 * each appendix gives the city and each level, and names the workbook's sheet with every unit's line.
 */
export const APPENDIX_CELLS = 8_000;

/**
 * What the units wrote weighs on the same memory: 300 units × 14 sections × 3,000 characters fitted
 * a 128 MB heap without the units' lines, as about 11,000 cells did (bench/draft-heap.ts).
 */
const CHARACTERS_PER_CELL = 1_000;

/**
 * The most paragraphs of units' own writing the sections carry. Each is a paragraph object of the
 * docx library, whatever its length: the example texts of 1,000 units (~14,000 paragraphs, without
 * the units' lines in the appendices) fitted a 128 MB heap, 1,500 units did not (bench/draft-heap.ts).
 * Beyond this, a section counts the units of each level that wrote in it and names the workbook's
 * sheet with their text; those that wrote «không có» are still named.
 */
export const WRITTEN_PARAGRAPHS = 8_000;

/** The paragraphs of units' own writing the sections would hold (a «không có» is named in a sentence, not a paragraph). */
function writtenParagraphs(written: ConsolidatedReport<PeriodInfo> | null): number {
  return (written?.units ?? []).reduce((sum, unit) => sum + Object.values(unit.texts ?? {}).filter((text) => !saysNothing(text)).length, 0);
}

function writtenCharacters(written: ConsolidatedReport<PeriodInfo> | null): number {
  return (written?.units ?? []).reduce((sum, unit) => sum + Object.values(unit.texts ?? {}).reduce((n, text) => n + text.length, 0), 0);
}

/** The cells of the units' lines the appendices would hold. */
function appendixCells(tables: readonly FormFigures[]): number {
  return tables.reduce((sum, { form, report }) => sum + report.units.length * (form.layout.leadColumns.length + form.layout.order.length + form.rates.length), 0);
}

const p = (text: string, bold = false): Block => ({ kind: "paragraph", runs: [{ text, bold }] });

/** "không có", "Không có.", " KHÔNG CÓ " : a unit with nothing to report in a section. */
export function saysNothing(text: string): boolean {
  return text.trim().replace(/[.!;]+$/, "").trim().toLocaleLowerCase("vi") === "không có";
}

function namesSentence(what: string, names: readonly string[]): string {
  return names.length === 0 ? `Tất cả cơ quan, đơn vị đã gửi ${what}.` : `Chưa gửi ${what} (${names.length} cơ quan, đơn vị): ${names.join(", ")}.`;
}

function comparisonTable(figures: FormFigures): Table {
  const last = figures.lastYear!;
  const lines = compare(figures.form, figures.report, last);
  return {
    widths: [46, 18, 18, 18],
    header: [[
      { text: "Chỉ tiêu", bold: true, align: "center" },
      { text: periodName(figures.report.period.id, "long"), bold: true, align: "center" },
      { text: `Cùng kỳ năm trước (${periodName(last.period.id, "long")})`, bold: true, align: "center" },
      { text: "Tăng (+), giảm (−)", bold: true, align: "center" },
    ]],
    rows: lines.map((line) => [
      { text: line.label },
      { text: valueText(line, line.current), align: "right" },
      { text: valueText(line, line.last), align: "right" },
      { text: changeText(line), align: "right" },
    ]),
  };
}

/** The city's figures of one form, written into its section: sentence, targets, last year's comparison, who is missing. */
function formBlocks(figures: FormFigures, targets: FormTargets, missing: readonly string[]): Block[] {
  const { form, report } = figures;
  const blocks: Block[] = [
    { kind: "paragraph", runs: [{ text: `${form.title.vi}: `, italic: true }, { text: figuresSentence(form, report.total, report.rates) }] },
  ];
  for (const sentence of targetSentences(form, report.rates, targets)) blocks.push(p(sentence));
  if (figures.lastYear) {
    blocks.push(p(`So sánh với cùng kỳ năm trước (${periodName(figures.lastYear.period.id, "long")}):`));
    blocks.push({ kind: "table", table: comparisonTable(figures) });
  } else {
    blocks.push(p("Chưa có số liệu cùng kỳ năm trước để so sánh."));
  }
  if (missing.length > 0) blocks.push(p(namesSentence(`số liệu «${form.title.vi}»`, missing)));
  return blocks;
}

/**
 * What each unit wrote in a section, grouped by level and named, its lines kept; those that wrote only
 * «không có» named together. `elsewhere`: too much to carry (WRITTEN_PARAGRAPHS), so each level
 * counts its writers and says where their text is.
 */
function writtenBlocks(written: ConsolidatedReport<PeriodInfo> | null, section: OutlineSection, elsewhere: string | null): Block[] {
  if (!written) return [];
  const key = cellKey(section.id, CONTENT_COLUMN);
  const writers = written.units.filter((unit) => unit.texts?.[key] !== undefined);
  if (writers.length === 0) return [p("Chưa có cơ quan, đơn vị nào gửi nội dung mục này.")];
  const blocks: Block[] = [];
  for (const [level, { label }] of Object.entries(written.levels)) {
    const lines = writers.filter((unit) => unit.level === level);
    if (lines.length === 0) continue;
    blocks.push({ kind: "paragraph", runs: [{ text: `${label.vi}:`, bold: true, italic: true }] });
    // Many units write only «không có»: one sentence names them all, the others keep their own paragraph.
    const none = lines.filter((unit) => saysNothing(unit.texts![key]!));
    const wrote = lines.filter((unit) => !saysNothing(unit.texts![key]!));
    if (elsewhere && wrote.length > 0) blocks.push(p(`${wrote.length} cơ quan, đơn vị đã viết nội dung mục này: ${elsewhere}.`));
    for (const unit of elsewhere ? [] : wrote) {
      const [first, ...rest] = unit.texts![key]!.split(/\r?\n/);
      blocks.push({ kind: "paragraph", runs: [{ text: `${unit.name}: `, bold: true }, { text: first! }, ...rest.map((text) => ({ text, lineBreak: true }))] });
    }
    if (none.length > 0) blocks.push({ kind: "paragraph", runs: [{ text: `Ghi «không có» (${none.length}): `, bold: true }, { text: none.map((u) => u.name).join(", ") + "." }] });
  }
  return blocks;
}

/**
 * The city's draft report of a period as a document: the heading of an administrative report, the
 * outline's parts and sections, in each the city's figures in sentences with last year's comparison
 * and the targets, then what every unit wrote there; the units that have not sent named; every
 * form's table as an appendix, then each plan's progress (in part I and as an appendix); recipients and
 * signature left for the office to complete.
 */
export function cityReport(input: CityReportInput): WrittenDocument {
  const { period, outline, written, tables } = input;
  const plans = input.plans ?? [];
  const byForm = new Map(tables.map((t) => [t.form.id, t]));
  const placed = new Set<string>();
  const withWriting = writtenParagraphs(written) <= WRITTEN_PARAGRAPHS;
  const body: Block[] = [
    p(
      `Văn phòng tổng hợp tình hình, kết quả kiểm soát thủ tục hành chính ${lowerFirst(periodName(period.id, "long"))} ` +
      `(số liệu từ ngày ${vnDate(period.start)} đến ngày ${vnDate(period.end)}) từ báo cáo của các cơ quan, đơn vị như sau:`,
    ),
  ];
  if (written) {
    body.push(p(`Đã có ${written.completeness.submitted}/${written.completeness.expected} cơ quan, đơn vị gửi báo cáo thuyết minh. ` + namesSentence("báo cáo thuyết minh", input.missing[written.form] ?? [])));
  }
  for (const part of outline.parts) {
    body.push({ kind: "heading", text: `${part.number}. ${part.title.vi.toLocaleUpperCase("vi")}` });
    for (const section of part.sections) {
      if (section.number !== null) body.push({ kind: "subheading", text: `${section.number}. ${section.title.vi}` });
      for (const id of section.forms ?? []) {
        const figures = byForm.get(id);
        if (!figures || placed.has(id)) continue;
        placed.add(id);
        body.push(...formBlocks(figures, input.targets[id] ?? {}, input.missing[id] ?? []));
      }
      body.push(...writtenBlocks(written, section, withWriting ? null : `xem trang «${outlineForm(outline).layout.sheetName}» của tệp ${input.workbookFileName}`));
    }
    // Figures no section claims are not dropped: they close the first part.
    if (part === outline.parts[0]) {
      const rest = tables.filter((t) => !placed.has(t.form.id));
      if (rest.length > 0) body.push({ kind: "subheading", text: "Số liệu khác" });
      for (const figures of rest) {
        placed.add(figures.form.id);
        body.push(...formBlocks(figures, input.targets[figures.form.id] ?? {}, input.missing[figures.form.id] ?? []));
      }
      if (plans.length > 0) body.push({ kind: "subheading", text: "Tiến độ thực hiện kế hoạch" });
      for (const progress of plans) body.push(...planProgressBlocks(progress));
    }
  }

  const withUnits = appendixCells(tables) + (withWriting ? writtenCharacters(written) / CHARACTERS_PER_CELL : 0) <= APPENDIX_CELLS;
  const h = input.heading;
  const number = `Số: …/BC-${h.code}`;
  return {
    heading: { authority: h.authority, office: h.office, number, placeAndDate: `${h.place}, ngày … tháng … năm ${vietnamDate(input.producedAt).slice(0, 4)}` },
    title: "BÁO CÁO",
    subtitle: `Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính ${lowerFirst(periodName(period.id, "long"))}`,
    body,
    recipients: ["- ……;", "- ……;", "- Lưu: VT."],
    signer: { position: h.signer, note: "(Ký, ghi rõ họ tên, đóng dấu)" },
    appendices: tables.map((figures, i) => ({
      label: `Phụ lục ${romanNumeral(i + 1)}`,
      title: `TỔNG HỢP ${figures.form.title.vi.toLocaleUpperCase("vi")}`,
      subtitle: `${periodName(period.id, "long")}, số liệu từ ngày ${vnDate(period.start)} đến ngày ${vnDate(period.end)} (kèm theo Báo cáo ${number.slice(4)})`,
      table: appendixTable(figures.form, figures.report, withUnits),
      ...(withUnits ? {} : { note: `Số liệu của từng cơ quan, đơn vị: trang «${figures.form.layout.sheetName}» của tệp ${input.workbookFileName}.` }),
    })).concat(plans.map((progress, i) => ({
      label: `Phụ lục ${romanNumeral(tables.length + i + 1)}`,
      title: "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH",
      subtitle: `${progress.title} (kèm theo Báo cáo ${number.slice(4)})`,
      table: planProgressTable(progress),
    }))),
  };
}
