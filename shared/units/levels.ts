import type { Label } from "../forms/types.ts";

/** The administrative levels a unit belongs to, from the top. */
export const LEVELS = ["cap-tinh", "cap-huyen", "cap-xa"] as const;

export type Level = (typeof LEVELS)[number];

/** How each level is named in reports. */
export const LEVEL_LABELS: Record<Level, Label> = {
  "cap-tinh": { vi: "Cấp tỉnh (sở, ban, ngành)", en: "Provincial departments" },
  "cap-huyen": { vi: "Cấp huyện", en: "Districts" },
  "cap-xa": { vi: "Cấp xã", en: "Communes" },
};

/** A registered reporting unit. */
export interface Unit {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
}
