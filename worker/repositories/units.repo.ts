import { readOne, type Query } from "./query.ts";
import { byLevelThenCode, type Level, type Levels, type Unit } from "../../shared/units/levels.ts";

interface UnitRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  active_from: string | null;
  retired_from: string | null;
  merged_into: string | null;
}

const COLUMNS = "code, name, level, parent, active_from, retired_from, merged_into";

/** A stored unit; retirement and merger only when there is one (the API's unit stays `{code, name, level, parent}`). */
const toUnit = (row: UnitRow): Unit => ({
  code: row.code, name: row.name, level: row.level, parent: row.parent,
  ...(row.active_from ? { activeFrom: row.active_from } : {}),
  ...(row.retired_from ? { retiredFrom: row.retired_from } : {}),
  ...(row.merged_into ? { mergedInto: row.merged_into } : {}),
});

/** Every unit, by level from the top (as configured) and then by code. */
export function listUnits(db: D1Database, levels: Levels): Promise<Unit[]> {
  return readOne(unitsQuery(db, levels));
}

/**
 * The read of every unit, to run alone or with others. The registry comes back packed, a JSON array
 * per 1,024 units (rowid order), not a row per unit: D1's cost is per row (3,300 units: 24 → 8 ms
 * measured in workerd), and a pack stays far below D1's 2 MB per value.
 */
export function unitsQuery(db: D1Database, levels: Levels): Query<Unit[]> {
  return {
    statement: db.prepare(`SELECT json_group_array(json_array(${COLUMNS})) AS pack FROM units GROUP BY rowid / 1024`),
    read: (rows) => {
      const units: Unit[] = [];
      for (const { pack } of rows as { pack: string }[]) {
        for (const [code, name, level, parent, active_from, retired_from, merged_into] of JSON.parse(pack) as (string | null)[][]) {
          units.push(toUnit({ code: code!, name: name!, level: level!, parent: parent ?? null, active_from: active_from ?? null, retired_from: retired_from ?? null, merged_into: merged_into ?? null }));
        }
      }
      return byLevelThenCode(levels, units);
    },
  };
}

/** The unit with this code, or null. */
export function findUnit(db: D1Database, code: string): Promise<Unit | null> {
  return readOne(unitQuery(db, code));
}

/** The read of one unit, to run alone or with others. */
export function unitQuery(db: D1Database, code: string): Query<Unit | null> {
  return {
    statement: db.prepare(`SELECT ${COLUMNS} FROM units WHERE code = ?1`).bind(code),
    read: (rows) => (rows[0] ? toUnit(rows[0] as UnitRow) : null),
  };
}

/** The codes of the unit's ancestors, from its parent up (to detect cycles). */
export async function ancestorsOf(db: D1Database, code: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `WITH RECURSIVE up(code, parent, depth) AS (
         SELECT code, parent, 0 FROM units WHERE code = ?1
         UNION ALL SELECT u.code, u.parent, up.depth + 1 FROM units u JOIN up ON u.code = up.parent WHERE up.depth < 64
       ) SELECT code FROM up WHERE depth > 0`,
    )
    .bind(code)
    .all<{ code: string }>();
  return results.map((row) => row.code);
}

/**
 * A statement that creates or updates a unit; `activeFrom` undefined keeps the stored first month,
 * null clears it.
 */
export function upsertUnit(db: D1Database, unit: Unit, at: string, activeFrom?: string | null): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO units (code, name, level, parent, active_from, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?6, ?5, ?5)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent = excluded.parent,
         active_from = CASE WHEN ?7 THEN excluded.active_from ELSE units.active_from END, updated_at = excluded.updated_at`,
    )
    .bind(unit.code, unit.name, unit.level, unit.parent, at, activeFrom ?? null, activeFrom === undefined ? 0 : 1);
}

/** The units whose parent is this unit. */
export async function childrenOf(db: D1Database, code: string): Promise<Unit[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM units WHERE parent = ?1 ORDER BY code`).bind(code).all<UnitRow>();
  return results.map(toUnit);
}

/** The registered units among these codes, by code. */
export async function findUnits(db: D1Database, codes: readonly string[]): Promise<Map<string, Unit>> {
  const found = new Map<string, Unit>();
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < codes.length; i += 90) {
    const part = codes.slice(i, i + 90);
    const { results } = await db
      .prepare(`SELECT ${COLUMNS} FROM units WHERE code IN (${part.map((_, k) => `?${k + 1}`).join(", ")})`)
      .bind(...part)
      .all<UnitRow>();
    for (const row of results) found.set(row.code, toUnit(row));
  }
  return found;
}

/** Statements creating or updating many units, parents first as given, within D1's 100 bound parameters each. */
export function upsertUnits(db: D1Database, units: readonly Unit[], at: string): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < units.length; i += 24) {
    const part = units.slice(i, i + 24);
    const values = part.map((_, k) => `(?${2 + 4 * k}, ?${3 + 4 * k}, ?${4 + 4 * k}, ?${5 + 4 * k}, ?1, ?1)`).join(", ");
    statements.push(
      db
        .prepare(
          `INSERT INTO units (code, name, level, parent, created_at, updated_at) VALUES ${values}
           ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent = excluded.parent, updated_at = excluded.updated_at`,
        )
        .bind(at, ...part.flatMap((unit) => [unit.code, unit.name, unit.level, unit.parent])),
    );
  }
  return statements;
}

/** A statement retiring a unit from a month on, merged into a successor or not; nulls bring it back. */
export function setRetirement(db: D1Database, code: string, retiredFrom: string | null, mergedInto: string | null, at: string): D1PreparedStatement {
  return db.prepare("UPDATE units SET retired_from = ?2, merged_into = ?3, updated_at = ?4 WHERE code = ?1").bind(code, retiredFrom, mergedInto, at);
}
