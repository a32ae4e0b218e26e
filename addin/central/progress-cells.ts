import type { StringKey } from "../ui/i18n.tsx";

/** The status columns of the progress tables, in order, with their header words. */
export const STATUS_COLUMNS: readonly { key: "done" | "in_progress" | "not_started" | "not_arising" | "unreported"; label: StringKey }[] = [
  { key: "done", label: "pDone" },
  { key: "in_progress", label: "pInProgress" },
  { key: "not_started", label: "pNotStarted" },
  { key: "not_arising", label: "pNotArising" },
  { key: "unreported", label: "pUnreported" },
];

export const cell = { padding: "2px 6px", textAlign: "left" as const, verticalAlign: "top" as const, borderTop: "1px solid #e0e0e0" };
export const numberCell = { ...cell, textAlign: "right" as const };
export const overdueCell = { ...numberCell, color: "#a4262c", fontWeight: 600 };
