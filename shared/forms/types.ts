import type { PeriodType } from "../periods/period-id.ts";
import type { Level } from "../units/levels.ts";

/** Text in Vietnamese first, English beside it. */
export interface Label {
  vi: string;
  en: string;
}

/**
 * How a figure behaves over time (DOMAIN.md, "Quarterly from monthly"): flows are summed, an
 * opening stock is taken from the first month, a closing stock from the last. Over units, all sum.
 */
export type Nature = "flow" | "opening" | "closing";

/** One term of a derived column: `sign` 1 adds the column, -1 subtracts it. */
export interface Term {
  column: string;
  sign: 1 | -1;
}

interface ColumnBase {
  id: string;
  label: Label;
  /** A short label for narrow places (the add-in's issue list, chart axes). */
  short?: Label;
}

/** A whole number ≥ 0 typed by the unit: dossiers, procedures, đồng. */
export interface CountColumn extends ColumnBase {
  kind: "count";
  nature: Nature;
  /**
   * Added to a form already in use: a version filed before it, or by a client of the first
   * contract, has no value for it. Blank means "not reported": stored absent, shown empty, never
   * as a 0 typed, summed over the units that reported it, and over time only when every period
   * has it. It may be neither a term of a derived total nor part of a rate.
   */
  optional?: boolean;
}

/** A total computed from other columns; may be omitted in a submission, must match when sent. */
export interface DerivedColumn extends ColumnBase {
  kind: "derived";
  nature: Nature;
  terms: Term[];
}

/** Narrative text; an item with nothing to report says "không có", a blank is an error. */
export interface TextColumn extends ColumnBase {
  kind: "text";
  maxLength: number;
  /** May be left blank (a note, an output that only some statuses need: see RequiredWhenRule). */
  optional?: boolean;
}

/** One value out of a fixed list (a plan task's status). */
export interface EnumColumn extends ColumnBase {
  kind: "enum";
  options: { value: string; label: Label }[];
}

/** A calendar date, YYYY-MM-DD. */
export interface DateColumn extends ColumnBase {
  kind: "date";
  /** May be left blank (the date a task was done, needed only once it is). */
  optional?: boolean;
}

export type Column = CountColumn | DerivedColumn | TextColumn | EnumColumn | DateColumn;

/** A column holding a number: what aggregation and arithmetic rules work on. */
export type NumericColumn = CountColumn | DerivedColumn;

export type Severity = "error" | "warning";

/** `part` may not exceed `whole` (both evaluated after derived columns are computed). */
export interface PartLeWholeRule {
  kind: "part_le_whole";
  id: string;
  severity: Severity;
  part: string;
  whole: string;
}

/** sum(left) should equal sum(right): the balance of a period's dossiers. */
export interface EquationRule {
  kind: "equation";
  id: string;
  severity: Severity;
  left: string[];
  right: string[];
}

/** `column` should equal `previousColumn` of the unit's previous period of the same type. */
export interface ContinuityRule {
  kind: "continuity";
  id: string;
  severity: Severity;
  column: string;
  previousColumn: string;
}

/**
 * `column` far from the unit's own history (DOMAIN: "an outlier against the unit's own history"):
 * more than `factor` times, or less than 1/`factor` of, the median of its last reports of the same
 * period type. Judged on at least `history` of them, and only when that median is at least
 * `minimum` (small counts swing too much to judge).
 */
export interface OutlierRule {
  kind: "outlier";
  id: string;
  severity: Severity;
  column: string;
  factor: number;
  history: number;
  minimum: number;
}

/**
 * When `column` holds one of `values`, every column of `require` must be filled in the same row
 * (a task marked done needs the date it was done and its output document).
 */
export interface RequiredWhenRule {
  kind: "required_when";
  id: string;
  severity: Severity;
  column: string;
  values: string[];
  require: string[];
}

/** Rules beyond the ones every column implies (type, required, derived identities). */
export type Rule = PartLeWholeRule | EquationRule | ContinuityRule | OutlierRule | RequiredWhenRule;

/** A rate: sum(numerator) / sum(denominator), recomputed from aggregated figures, never averaged. */
export interface Rate {
  id: string;
  label: Label;
  /** A short label for table headers and chart axes, when the full one is long. */
  short?: Label;
  numerator: string[];
  denominator: string[];
  /** "lower" for a rate the office wants low (dossiers resolved late): the report says "là", not "đạt". */
  better?: "higher" | "lower";
}

/**
 * The rows a unit fills. `single`: one row, the unit's own (values keyed by column id).
 * `fixed`: the same columns for each listed row (fields of procedures, a plan's tasks); values
 * keyed `rowId.columnId`.
 */
export type Rows = { kind: "single" } | { kind: "fixed"; rows: FixedRow[] };

/** A listed row of a `fixed` form: a field of procedures, a plan's task, a section of an outline. */
export interface FixedRow {
  id: string;
  label: Label;
  /** A short name for messages and narrow places, when the label is long. */
  short?: Label;
  /** What the row should say, shown beside its cells (an outline section's guidance). */
  hint?: Label;
  /**
   * The levels that must fill the row (default: every level that files the form). A unit of
   * another level may leave it blank; what it writes there is kept like any other cell.
   */
  levels?: Level[];
  /** The longest text a text cell of this row may hold, when shorter or longer than its column's. */
  maxLength?: number;
  /** The forms whose figures belong to this row: the city's written report gives them here. */
  forms?: string[];
  /**
   * What the unit wrote in this row last period fills it again when it prefills (a task's status
   * stands until it changes). A recurring task does not carry: it is reported anew each period.
   */
  carries?: boolean;
}

/** A band of merged header cells over consecutive columns, possibly split into sub-bands. */
export interface HeaderGroup {
  label: Label;
  columns: string[];
  groups?: HeaderGroup[];
}

/** What the add-in and the exporter need to lay the form out as the official sheet. */
export interface Layout {
  /** The official code of the form, printed in the corner ("Biểu số 06"). */
  code: string;
  /** The sheet's name in a workbook: at most 31 characters, none of []:*?/\ . */
  sheetName: string;
  /** The data columns in sheet order; numbering continues after the lead columns. */
  order: string[];
  groups: HeaderGroup[];
  /** Columns before the data (STT, unit name): they take the first numbers of the numbered row. */
  leadColumns: Label[];
}

/**
 * Who files a form, and for which periods: a unit files it when its level is listed and the
 * period's type is (a commune does not review the province's procedures; review may be half-yearly).
 * Status, completeness, reminders, the add-in and the downloadable form offer a unit only these.
 */
export interface Filing {
  levels: Level[];
  periodTypes: PeriodType[];
}

/** A report form: one definition for the sheet, reading it back, the API, rules and aggregation. */
export interface FormDefinition {
  id: string;
  title: Label;
  /** Where the form comes from (the circular or plan it follows). */
  basis: Label;
  filing: Filing;
  rows: Rows;
  columns: Column[];
  rules: Rule[];
  rates: Rate[];
  layout: Layout;
  /**
   * A consistent filled example (typed columns only): the demo data, the catalogue-driven tests
   * and the API's documentation start from it. It passes every rule, warnings included, and a
   * unit repeating it period after period keeps continuity (opening stocks equal closing ones).
   */
  example: FormValues;
}

/** A submitted or aggregated value: numbers for count and derived columns, strings otherwise. */
export type CellValue = number | string;

/** A unit's figures for one form: cell key (column id, or `rowId.columnId`) to value. */
export type FormValues = Record<string, CellValue>;

/** Numeric figures only: what aggregation produces. */
export type Figures = Record<string, number>;
