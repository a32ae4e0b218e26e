declare namespace Cloudflare {
  interface Env {
    /** The central office's token (a secret; `.dev.vars` locally). */
    ADMIN_TOKEN?: string;
    /** Optional JSON object overriding the default deadline rules. */
    DEADLINES?: string;
    /** Optional JSON array of plans setting rate targets, replacing the built-in plans (shared/plans). */
    KPI_PLANS?: string;
    /** Optional JSON array of the deployment's levels, from the top (shared/units/levels.ts; default: cấp tỉnh, cấp xã, and the historical cấp huyện). */
    LEVELS?: string;
    /** Optional JSON object naming the office that issues the city's draft report (shared/written-report/heading.ts). */
    REPORT_HEADING?: string;
    /** Optional: the most cells one part of the consolidated workbook holds (default by the registry's size: 85000 up to 1,000 units, 60000 beyond; shared/report-sheets/sheet-size.ts). */
    WORKBOOK_PART_CELLS?: string;
  }
}
