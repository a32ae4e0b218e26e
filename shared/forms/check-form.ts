import { findColumn, isNumeric } from "./cells.ts";
import { derivedInOrder } from "./derive.ts";
import type { FormDefinition, HeaderGroup, Rule } from "./types.ts";
import { PERIOD_TYPES } from "../periods/period-id.ts";

const ID = /^[a-z][a-z0-9_]*$/;

/** A form definition that cannot be used as it stands: found when the catalogue loads, not later. */
export class FormDefinitionError extends Error {
  override name = "FormDefinitionError";
}

/** The columns a rule reads. */
export function ruleColumns(rule: Rule): string[] {
  switch (rule.kind) {
    case "part_le_whole":
      return [rule.part, rule.whole];
    case "equation":
      return [...rule.left, ...rule.right];
    case "continuity":
      return [rule.column, rule.previousColumn];
    case "outlier":
      return [rule.column];
    case "required_when":
      return [rule.column, ...rule.require];
    default: {
      const never: never = rule;
      throw new FormDefinitionError(`unknown rule kind ${JSON.stringify(never)}`);
    }
  }
}

/** Checks a form definition for every mistake that would make a rule or a layout meaningless. */
export function checkForm(form: FormDefinition): FormDefinition {
  const fail = (what: string): never => {
    throw new FormDefinitionError(`form ${form.id}: ${what}`);
  };
  if (!ID.test(form.id)) fail(`id must match ${ID}`);
  if (form.filing.levels.length === 0 || form.filing.periodTypes.length === 0) fail("filing needs at least one level and one period type");
  for (const level of form.filing.levels) if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(level)) fail(`filing names a malformed level id ${level}`);
  for (const type of form.filing.periodTypes) if (!PERIOD_TYPES.includes(type)) fail(`filing names unknown period type ${type}`);

  const ids = new Set<string>();
  for (const column of form.columns) {
    if (!ID.test(column.id)) fail(`column id ${column.id} must match ${ID}`);
    if (ids.has(column.id)) fail(`column ${column.id} defined twice`);
    ids.add(column.id);
  }
  if (form.rows.kind === "fixed") {
    const rowIds = new Set<string>();
    for (const row of form.rows.rows) {
      if (!ID.test(row.id) || rowIds.has(row.id)) fail(`row id ${row.id} is malformed or repeated`);
      rowIds.add(row.id);
      if (row.maxLength !== undefined && !(Number.isInteger(row.maxLength) && row.maxLength > 0)) fail(`row ${row.id} needs a maxLength of at least 1`);
      if (row.levels && (row.levels.length === 0 || row.levels.some((level) => !form.filing.levels.includes(level)))) {
        fail(`row ${row.id} names levels that do not file the form`);
      }
    }
    if (rowIds.size === 0) fail("fixed rows need at least one row");
  }

  const numeric = (id: string, where: string) => {
    const column = findColumn(form, id);
    if (!column) fail(`${where} refers to unknown column ${id}`);
    else if (!isNumeric(column)) fail(`${where} refers to ${id}, which is not a number`);
  };
  for (const column of form.columns) {
    if (column.kind === "derived") {
      if (column.terms.length < 2) fail(`derived column ${column.id} needs at least two terms`);
      for (const term of column.terms) numeric(term.column, `derived column ${column.id}`);
    }
    if (column.kind === "enum" && column.options.length === 0) fail(`enum column ${column.id} has no options`);
    if (column.kind === "text" && !(column.maxLength > 0)) fail(`text column ${column.id} needs a maxLength`);
  }
  try {
    derivedInOrder(form);
  } catch (error) {
    // A cycle is a definition error like any other: same class, so callers can tell it from a crash.
    throw new FormDefinitionError(error instanceof Error ? error.message : String(error));
  }

  const ruleIds = new Set<string>();
  for (const rule of form.rules) {
    if (!ID.test(rule.id)) fail(`rule id ${rule.id} is malformed`);
    // A unit explains a warning by its rule id: two warnings may not share one (errors may: API.md's part_le_whole).
    if (rule.severity === "warning") {
      if (ruleIds.has(rule.id)) fail(`warning rule id ${rule.id} is repeated`);
      ruleIds.add(rule.id);
    }
    if (rule.kind === "required_when") {
      const on = findColumn(form, rule.column);
      if (on?.kind !== "enum" || rule.values.some((value) => !on.options.some((o) => o.value === value))) fail(`rule ${rule.id} must name an enum column and some of its options`);
      for (const id of rule.require) if (!findColumn(form, id)) fail(`rule ${rule.id} requires unknown column ${id}`);
    } else {
      for (const id of ruleColumns(rule)) numeric(id, `rule ${rule.id}`);
    }
    if (rule.kind === "outlier" && !(rule.factor > 1 && Number.isInteger(rule.history) && rule.history >= 1 && rule.minimum >= 0)) {
      fail(`rule ${rule.id} needs a factor over 1, a history of at least 1 report and a minimum of at least 0`);
    }
  }
  // An optional column may be absent: no total and no rate may depend on it.
  const optional = new Set(form.columns.filter((c) => c.kind === "count" && c.optional).map((c) => c.id));
  for (const column of form.columns) {
    if (column.kind === "derived" && column.terms.some((t) => optional.has(t.column))) fail(`derived column ${column.id} uses an optional column`);
  }
  for (const rate of form.rates) {
    if ([...rate.numerator, ...rate.denominator].some((id) => optional.has(id))) fail(`rate ${rate.id} uses an optional column`);
  }
  const rateIds = new Set<string>();
  for (const rate of form.rates) {
    if (!ID.test(rate.id) || rateIds.has(rate.id) || ids.has(rate.id)) fail(`rate id ${rate.id} is malformed or repeated`);
    rateIds.add(rate.id);
    if (rate.numerator.length === 0 || rate.denominator.length === 0) fail(`rate ${rate.id} needs both parts`);
    for (const id of [...rate.numerator, ...rate.denominator]) numeric(id, `rate ${rate.id}`);
  }

  const sheetName = form.layout.sheetName;
  if (!sheetName || sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName)) fail("layout.sheetName must be 1–31 characters without []:*?/\\");
  const order = form.layout.order;
  if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
    fail("layout.order must list every column exactly once");
  }
  const checkGroup = (group: HeaderGroup, parent: string[] | null) => {
    const positions = group.columns.map((id) => order.indexOf(id));
    if (positions.length === 0 || positions.some((p) => p < 0)) fail(`header group ${group.label.vi} lists unknown columns`);
    if (positions.some((p, i) => i > 0 && p !== positions[i - 1]! + 1)) fail(`header group ${group.label.vi} is not contiguous`);
    if (parent && group.columns.some((id) => !parent.includes(id))) fail(`header group ${group.label.vi} leaves its parent`);
    for (const child of group.groups ?? []) checkGroup(child, group.columns);
  };
  for (const group of form.layout.groups) checkGroup(group, null);
  return form;
}
