/**
 * True when the running Excel has the ExcelApi requirement set `version` ("1.9"). Outside a host
 * that answers (Office.js not loaded), features are assumed present.
 */
export function supportsExcelApi(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}
