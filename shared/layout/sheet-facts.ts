/** The facts printed at the top of every form sheet: whose report, for which period, due when. */
export interface SheetFacts {
  periodId: string;
  /** How the period is named to a clerk ("Tháng 11/2026"). */
  periodLabel: string;
  /** The data window and the deadline, YYYY-MM-DD. */
  start: string;
  end: string;
  deadline: string;
  unitCode: string;
  unitName: string;
}
