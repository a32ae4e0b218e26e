/** The kinds of reporting period (Nghị định 09/2019/NĐ-CP, art. 12). */
export type PeriodType = "month" | "quarter" | "half-year" | "year";

/** Every period type, shortest first. */
export const PERIOD_TYPES: readonly PeriodType[] = ["month", "quarter", "half-year", "year"];

/**
 * A reporting period: `2026-11`, `2026-Q4`, `2026-H2` or `2026`. `index` is the month (1–12),
 * the quarter (1–4), the half (1–2), or 1 for a year.
 */
export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  index: number;
}

const PERIOD_ID = /^(\d{4})(?:-(?:(\d{2})|Q(\d)|H(\d)))?$/;

/** How many periods of a type a year holds. */
export function periodsPerYear(type: PeriodType): number {
  switch (type) {
    case "month":
      return 12;
    case "quarter":
      return 4;
    case "half-year":
      return 2;
    case "year":
      return 1;
    default: {
      const unknown: never = type;
      throw new Error(`Unknown period type: ${String(unknown)}`);
    }
  }
}

/** The id of a period: `2026-03`, `2026-Q1`, `2026-H1`, `2026`. */
export function formatPeriodId({ type, year, index }: Omit<Period, "id">): string {
  const yyyy = String(year).padStart(4, "0");
  switch (type) {
    case "month":
      return `${yyyy}-${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${yyyy}-Q${index}`;
    case "half-year":
      return `${yyyy}-H${index}`;
    case "year":
      return yyyy;
    default: {
      const unknown: never = type;
      throw new Error(`Unknown period type: ${String(unknown)}`);
    }
  }
}

/**
 * The first year with periods. Year 1's data windows would start on 15 December of year 0 and its
 * holidays depend on year 0's lunar calendar, both outside the calendar's 0001–9999: so its ids
 * name no period (404), as a malformed id does, wherever they are used.
 */
export const FIRST_PERIOD_YEAR = 2;

/** Whether a year and index name a period: years 2–9999, index within the type's range. */
export function isValidPeriod(type: PeriodType, year: number, index: number): boolean {
  return (
    Number.isInteger(year) && year >= FIRST_PERIOD_YEAR && year <= 9999 &&
    Number.isInteger(index) && index >= 1 && index <= periodsPerYear(type)
  );
}

/** A period from its parts; throws a RangeError when they name none. */
export function makePeriod(type: PeriodType, year: number, index: number): Period {
  if (!isValidPeriod(type, year, index)) {
    throw new RangeError(`No ${type} period ${index} in year ${year}`);
  }
  return { id: formatPeriodId({ type, year, index }), type, year, index };
}

/**
 * The period an id names, or null. Accepts exactly `YYYY-MM` (01–12), `YYYY-Qn` (1–4),
 * `YYYY-Hn` (1–2) and `YYYY`, years 0002–9999: no lower case, no spaces, no single-digit month.
 */
export function parsePeriodId(id: string): Period | null {
  const match = PERIOD_ID.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  const [type, index]: [PeriodType, number] =
    match[2] !== undefined ? ["month", Number(match[2])]
    : match[3] !== undefined ? ["quarter", Number(match[3])]
    : match[4] !== undefined ? ["half-year", Number(match[4])]
    : ["year", 1];
  return isValidPeriod(type, year, index) ? makePeriod(type, year, index) : null;
}
