/**
 * The range a workbook name refers to, with `load` queued for the next sync. When the name is not
 * defined, or refers to a deleted sheet, the range is a null object (`isNullObject` after the sync)
 * rather than an error that would fail the whole batch.
 */
export function namedRange(workbook: Excel.Workbook, name: string, load: string): Excel.Range {
  const range = workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
  // eslint-disable-next-line office-addins/no-empty-load -- the rule cannot see a variable's value: callers always name the properties
  range.load(load);
  return range;
}
