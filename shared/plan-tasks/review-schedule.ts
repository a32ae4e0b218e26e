import type { PlanTask } from "./types.ts";

/** One row of a review schedule (seed 001's appendix): TT, the office, the field it reviews, the years. */
export interface ReviewRow {
  number: string;
  unit: string;
  field: string;
  /** As written: "2025", "2022 và 2025", "2021-2025". */
  years: string;
}

/**
 * A schedule of reviews as tasks: each office reviews its field in each year listed (one task per
 * year, numbered 2.1, 2.2 under the office's row when there are several), or every year of a span
 * ("2021-2025": one recurring task). The office leads; the output is the review's report.
 */
export function reviewScheduleTasks(rows: readonly ReviewRow[], section: PlanTask["section"]): PlanTask[] {
  return rows.flatMap((row): PlanTask[] => {
    const base = {
      section, lead: [{ kind: "unit" as const, name: row.unit }], support: [],
      output: "Báo cáo kết quả rà soát, đánh giá TTHC; phương án đơn giản hóa (nếu có)",
    };
    const content = `Rà soát, đánh giá TTHC lĩnh vực ${row.field}`;
    const span = /^(\d{4})\s*-\s*(\d{4})$/.exec(row.years.trim());
    if (span) return [{ ...base, number: row.number, content: `${content} (giai đoạn ${span[1]}-${span[2]})`, due: { kind: "recurring", every: "year" } }];
    const years = (row.years.match(/\d{4}/g) ?? []).map(Number);
    if (years.length <= 1) {
      return [{ ...base, number: row.number, content, due: years[0] ? { kind: "year", year: years[0] } : { kind: "text", text: row.years.trim() } }];
    }
    return years.map((year, i) => ({
      ...base, number: `${row.number}.${i + 1}`, group: { number: row.number, title: `${content} (năm ${years.join(", ")})` },
      content: `${content} năm ${year}`, due: { kind: "year", year },
    }));
  });
}

/**
 * The rows of a schedule printed one cell per line (a table copied from a web page): after the
 * header cells, each row is `columns` lines; an empty cell may be a blank line or a no-break space.
 */
export function rowsFromLines(lines: readonly string[], header: readonly string[]): string[][] {
  const cells = lines.map((line) => line.replace(/\u00a0/g, " ").trim());
  let at = cells.findIndex((cell, i) => header.every((h, j) => cells.slice(i).filter((c) => c !== "")[j] === h));
  if (at < 0) return [];
  // Past the header's cells, then every non-empty run of `header.length` cells, blanks as "".
  let seen = 0;
  while (seen < header.length) if (cells[at++] !== "") seen++;
  const rows: string[][] = [];
  let row: string[] = [];
  for (let i = at; i < cells.length; i++) {
    const cell = cells[i]!;
    // A blank line separates cells; two in a row or a no-break space alone is an empty cell.
    if (cell === "" && lines[i] !== "\u00a0" && !lines[i]!.includes("\u00a0")) continue;
    row.push(cell);
    if (row.length === header.length) {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}
