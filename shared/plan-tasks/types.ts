/**
 * A plan's tasks as data (DOMAIN.md item 7, issue 11): who must do what by when, as the plans'
 * task tables set them out (STT, nội dung, thời gian, chủ trì, phối hợp, kết quả).
 */

/**
 * Who leads or supports a task: a whole level, "các sở, ban, ngành" (but those named in `except`:
 * "trừ Ban Quản lý Khu Kinh tế"), or one named office.
 */
export type Party =
  | { kind: "level"; level: string }
  | { kind: "departments"; except?: string[] }
  | { kind: "unit"; name: string };

/**
 * When a task is due, as the table words it. Month, quarter and half use the period ids of
 * `shared/periods` (`2025-02`, `2025-Q1`, `2025-H1`). `recurring` is "Thường xuyên" (no `every`) or
 * "Định kỳ hàng tháng/quý/năm"; `text` keeps any other wording as written ("" when the cell is empty).
 */
export type Due =
  | { kind: "date"; date: string }
  | { kind: "month"; month: string }
  | { kind: "quarter"; quarter: string }
  | { kind: "half"; half: string }
  | { kind: "year"; year: number }
  | { kind: "recurring"; every?: "month" | "quarter" | "half-year" | "year" }
  | { kind: "on-occurrence" }
  | { kind: "text"; text: string };

/** One task row of a plan's table. */
export interface PlanTask {
  /** Its number as printed ("6.2"); unique within its section only (I.1, II.1, III.1). */
  number: string;
  /** The Roman-numbered section it sits in ("II", "Nhiệm vụ kiểm soát TTHC"). */
  section: { number: string; title: string };
  /** The numbered heading it sits under, when the table groups tasks ("2.1", "Công bố TTHC"). */
  group?: { number: string; title: string };
  content: string;
  due: Due;
  lead: Party[];
  support: Party[];
  /** The expected output ("Kết quả" / "Sản phẩm"). */
  output: string;
}

/** A plan's task table. */
export interface TaskPlan {
  id: string;
  title: string;
  tasks: PlanTask[];
}
