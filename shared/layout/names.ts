/**
 * Workbook-scoped names that record where each cell of a form sheet is, so reading never depends
 * on addresses. The scheme: `BC_<formId>.<cellKey>` for data and rate cells (`BC_dossiers.returned`,
 * `BC_tasks.t1.status` in a multi-row form) and `BC_<formId>._<fact>` for the header facts
 * (`BC_dossiers._period`, `BC_dossiers._unit`). Form, row and column ids match `[a-z][a-z0-9_]*`
 * and never contain a period, so the first period ends the form id and a name maps back to exactly
 * one form and cell; a fact starts with `_`, which no cell key does.
 */

const PREFIX = "BC_";
const VALID = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const CELL_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/** The header facts each form sheet records in a named cell. */
export type Fact = "period" | "unit";

/** True when Excel accepts `name` as a defined name (letters, digits, `_`, `.`; not a cell reference). */
export function isValidName(name: string): boolean {
  return name.length > 0 && name.length <= 255 && VALID.test(name) && !CELL_REFERENCE.test(name);
}

function checked(name: string): string {
  if (!isValidName(name)) throw new Error(`"${name}" is not a valid Excel name`);
  return name;
}

/** The start shared by every name of a form: names beginning with it belong to the form. */
export function formPrefix(formId: string): string {
  return `${PREFIX}${formId}.`;
}

/** The name of a data or rate cell of a form (`cellKey` is `columnId` or `rowId.columnId`). */
export function cellName(formId: string, cellKey: string): string {
  return checked(`${formPrefix(formId)}${cellKey}`);
}

/** The name of a header fact's cell. */
export function factName(formId: string, fact: Fact): string {
  return checked(`${formPrefix(formId)}_${fact}`);
}

/** True when `name` is one of the form's names (compared as Excel does, ignoring case). */
export function belongsTo(name: string, formId: string): boolean {
  return name.toLowerCase().startsWith(formPrefix(formId).toLowerCase());
}
