import type { Label } from "../forms/types.ts";
import type { PeriodType } from "../periods/period-id.ts";
import type { Level } from "../units/levels.ts";

/** A section a unit writes: a numbered item of the outline, or a whole part (II, III, IV). */
export interface OutlineSection {
  /** Stable across periods: the key of what the unit wrote (`id.content`). */
  id: string;
  /** Its number within its part ("1" … "11"), or null when the section is the whole part. */
  number: string | null;
  /** The outline's own title. */
  title: Label;
  /** A short name for messages and the task pane, when the title is long. */
  short?: Label;
  /** The outline's bullet lines under the title: what the unit should cover. */
  guidance: string[];
  /** The levels that must write it (default: every level that writes the outline). */
  levels?: Level[];
  /** Forms whose figures belong to this section: the city's report writes them here. */
  forms?: string[];
  /** The longest text accepted, in characters. */
  maxLength: number;
  /** What the demo units write (default: "Không có."). */
  example?: string;
}

/** A part of the outline: "I. TÌNH HÌNH, KẾT QUẢ …", with its sections. */
export interface OutlinePart {
  number: string;
  title: Label;
  sections: OutlineSection[];
}

/**
 * The written report a plan attaches (its "đề cương báo cáo"): the parts and sections each unit
 * writes, what each should cover, and its closing rule that an empty item says "không có". A
 * deployment replaces it with its own province's outline.
 */
export interface Outline {
  id: string;
  title: Label;
  /** The plan the outline is attached to. */
  basis: Label;
  levels: Level[];
  periodTypes: PeriodType[];
  parts: OutlinePart[];
}
