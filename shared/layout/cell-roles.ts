import type { Column, FormDefinition } from "../forms/types.ts";
import { STYLE } from "./styles.ts";

/** True for the columns the clerk types into; false for those Excel computes. */
export function isInput(column: Column): boolean {
  switch (column.kind) {
    case "count":
    case "text":
    case "enum":
    case "date":
      return true;
    case "derived":
      return false;
    default: {
      const never: never = column;
      throw new Error(`unknown column kind ${JSON.stringify(never)}`);
    }
  }
}

/** The fill a column's cells have when nothing is wrong with them. */
export function normalFill(column: Column): string {
  return isInput(column) ? STYLE.inputFill : STYLE.computedFill;
}

/** The number format of a column's cells. */
export function numberFormatOf(column: Column): string {
  switch (column.kind) {
    case "count":
    case "derived":
      return STYLE.countFormat;
    case "text":
      return STYLE.textFormat;
    case "date":
      return STYLE.dateFormat;
    case "enum":
      return STYLE.generalFormat;
    default: {
      const never: never = column;
      throw new Error(`unknown column kind ${JSON.stringify(never)}`);
    }
  }
}

/** The column of a cell key (`columnId` or `rowId.columnId`), or undefined for an unknown key. */
export function columnOfKey(form: FormDefinition, key: string): Column | undefined {
  const columnId = key.slice(key.lastIndexOf(".") + 1);
  return form.columns.find((column) => column.id === columnId);
}
