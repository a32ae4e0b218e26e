import { foldText } from "../../shared/text/fold.ts";

/** Whether a unit's code or name contains what was typed, ignoring case and diacritics. */
export function unitMatches(unit: { code: string; name: string }, query: string): boolean {
  const wanted = foldText(query);
  return wanted === "" || foldText(unit.code).includes(wanted) || foldText(unit.name).includes(wanted);
}
