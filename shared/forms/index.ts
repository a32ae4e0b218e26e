export type * from "./types.ts";
export { forms, getForm } from "./catalogue.ts";
export { cellKey, cellsOf, columnNumber, findColumn, isNumeric, rowsOf, type Cell, type FormRow } from "./cells.ts";
export { checkForm, FormDefinitionError } from "./check-form.ts";
export { withDerived } from "./derive.ts";
