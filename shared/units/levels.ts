import type { Label } from "../forms/types.ts";

/** A level's id, as configured (`cap-tinh`, `cap-xa`, …). */
export type Level = string;

/** One administrative level of a deployment. */
export interface LevelConfig {
  id: Level;
  name: Label;
  /** Whether consolidated tables draw a subtotal row for the level. */
  subtotal: boolean;
  /**
   * A level of an earlier structure (the districts before 1 July 2025): its units and reports stay
   * and are shown where they have figures, but no new unit is placed on it.
   */
  historical?: boolean;
  /** The level whose forms this one files, when forms do not name it (a new level filing as communes do). */
  filesAs?: Level;
}

/** A deployment's levels, from the top. A unit's parent sits on a level above the unit's. */
export type Levels = readonly LevelConfig[];

/**
 * The built-in levels: today's two tiers, province and commune (Luật Tổ chức chính quyền địa
 * phương 2025), with the districts kept as a historical level for the units and reports of the
 * three-tier structure before 1 July 2025.
 */
export const DEFAULT_LEVELS: Levels = [
  { id: "cap-tinh", name: { vi: "Cấp tỉnh (sở, ban, ngành)", en: "Provincial departments" }, subtotal: true },
  { id: "cap-huyen", name: { vi: "Cấp huyện (trước 01/7/2025)", en: "Districts (before 1 July 2025)" }, subtotal: true, historical: true },
  { id: "cap-xa", name: { vi: "Cấp xã", en: "Communes" }, subtotal: true },
];

/** A registered reporting unit. */
export interface Unit {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  /** The first month (YYYY-MM) it reports for, when it was created by a reorganisation; absent: always. */
  activeFrom?: string;
  /** The first month (YYYY-MM) it no longer files for (shared/units/succession.ts); absent while active. */
  retiredFrom?: string;
  /** Its successor, when it was merged into another unit. */
  mergedInto?: string;
}

/** The ids of the levels, from the top. */
export const levelIds = (levels: Levels): Level[] => levels.map((level) => level.id);

/** A level's place from the top (0), or -1 when it is not configured. */
export const levelRank = (levels: Levels, id: Level): number => levels.findIndex((level) => level.id === id);

/** A level's name; an id the configuration no longer has is shown as it is stored. */
export function levelName(levels: Levels, id: Level, lang: "vi" | "en" = "vi"): string {
  return levels.find((level) => level.id === id)?.name[lang] ?? `Cấp «${id}»`;
}

/** The level whose forms a unit of this level files. */
export const filingLevel = (levels: Levels, id: Level): Level => levels.find((level) => level.id === id)?.filesAs ?? id;

/**
 * The configured levels, with any level that stored units still carry but the configuration no
 * longer names appended (historical, named by its id), so that no unit silently disappears.
 */
export function levelsWith(levels: Levels, units: readonly { level: Level }[]): Levels {
  const extra = [...new Set(units.map((unit) => unit.level))].filter((id) => levelRank(levels, id) < 0);
  if (extra.length === 0) return levels;
  return [...levels, ...extra.map((id) => ({ id, name: { vi: `Cấp «${id}»`, en: `Level “${id}”` }, subtotal: true, historical: true }))];
}

/** Units in the order of their levels, then by code. */
export function byLevelThenCode<U extends { level: Level; code: string }>(levels: Levels, units: readonly U[]): U[] {
  const rank = (unit: U) => {
    const r = levelRank(levels, unit.level);
    return r < 0 ? levels.length : r;
  };
  return [...units].sort((a, b) => rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

const LEVEL_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

/**
 * A deployment's levels from JSON: an array, from the top, of `{id, name, subtotal?, historical?,
 * filesAs?}` (`name` a string or `{vi, en}`). Returns the levels, or what is wrong, in Vietnamese.
 */
export function parseLevels(json: unknown): Levels | string {
  if (!Array.isArray(json) || json.length === 0) return "cần một mảng JSON các cấp, từ cấp trên xuống, ít nhất một cấp";
  const levels: LevelConfig[] = [];
  for (const [i, item] of json.entries()) {
    const at = `cấp thứ ${i + 1}`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) return `${at}: cần một đối tượng {"id", "name"}`;
    const { id, name, subtotal, historical, filesAs, ...rest } = item as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length) return `${at}: trường không biết «${unknown.join("», «")}» (chỉ có id, name, subtotal, historical, filesAs)`;
    if (typeof id !== "string" || !LEVEL_ID.test(id)) return `${at}: "id" cần chữ thường không dấu, số, gạch ngang (ví dụ "cap-xa")`;
    if (levels.some((level) => level.id === id)) return `${at}: "id" «${id}» bị trùng`;
    const label =
      typeof name === "string" ? { vi: name, en: name }
      : typeof name === "object" && name !== null && typeof (name as Label).vi === "string" ? { vi: (name as Label).vi, en: typeof (name as Label).en === "string" ? (name as Label).en : (name as Label).vi }
      : null;
    if (!label || !label.vi.trim()) return `${at} («${id}»): "name" cần tên tiếng Việt của cấp`;
    if (subtotal !== undefined && typeof subtotal !== "boolean") return `${at} («${id}»): "subtotal" cần true hoặc false`;
    if (historical !== undefined && typeof historical !== "boolean") return `${at} («${id}»): "historical" cần true hoặc false`;
    if (filesAs !== undefined && typeof filesAs !== "string") return `${at} («${id}»): "filesAs" cần mã một cấp có sẵn biểu mẫu`;
    levels.push({ id, name: label, subtotal: subtotal ?? true, ...(historical ? { historical } : {}), ...(filesAs ? { filesAs } : {}) });
  }
  if (levels.every((level) => level.historical)) return "cần ít nhất một cấp đang dùng (không phải historical)";
  return levels;
}

/** Names levels from what carries their labels (configured levels, or a consolidated report's `levels`). */
export function levelNamer(sources: readonly Record<Level, { label: Label }>[] | Levels, lang: "vi" | "en" = "vi"): (id: Level) => string {
  const names = new Map<Level, string>();
  if (sources.length && "id" in (sources[0] as object)) for (const level of sources as Levels) names.set(level.id, level.name[lang]);
  else for (const source of sources as readonly Record<Level, { label: Label }>[]) for (const [id, { label }] of Object.entries(source)) names.set(id, label[lang]);
  return (id) => names.get(id) ?? `Cấp «${id}»`;
}

/**
 * Names the levels consolidated reports show (their `levels` entries), null for a level none of
 * them shows (the historical districts in a period after the reorganisation): for deadlines in words.
 */
export function shownLevelNamer(sources: readonly Record<Level, { label: Label; shown: boolean }>[], lang: "vi" | "en" = "vi"): (id: Level) => string | null {
  return (id) => sources.find((levels) => levels[id]?.shown)?.[id]?.label[lang] ?? null;
}

/** Names configured levels, null for a historical level none of `units` belongs to: for deadlines in words. */
export function activeLevelNamer(levels: Levels, units: readonly { level: Level }[], lang: "vi" | "en" = "vi"): (id: Level) => string | null {
  return (id) => {
    const level = levels.find((l) => l.id === id);
    if (!level || (level.historical && !units.some((unit) => unit.level === id))) return null;
    return level.name[lang];
  };
}
