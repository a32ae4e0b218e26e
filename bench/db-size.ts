/**
 * Issue 12, the database at a national scale: the bench's local D1 measured on disk after its
 * seed and load, and projected to five years of every form for the same units.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { forms } from "../shared/forms/catalogue.ts";
import { files } from "../shared/forms/filing.ts";
import { PERIOD_TYPES, periodsPerYear } from "../shared/periods/index.ts";
import type { Level } from "../shared/units/levels.ts";

/** D1's per-database limit (Workers Paid), in bytes. */
export const D1_DATABASE_LIMIT_BYTES = 10 * 1024 ** 3;

/** Versions per report over the years, amendments included: an assumption, said in the output. */
export const VERSIONS_PER_REPORT = 1.5;

export interface DatabaseSize {
  /** The local D1 files (database and write-ahead log) as the bench left them. */
  bytes: number;
  versions: number;
  bytesPerVersion: number;
  /** Reports of every catalogued form over five years for the bench's units, as the filing rules ask. */
  reportsIn5Years: number;
  projected5YearBytes: number;
  limitBytes: number;
}

/** Every file under `dir`, summed. */
export function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/** How many reports the catalogue's forms ask of units of these levels in `years` years. */
export function reportsOver(years: number, unitsByLevel: Readonly<Record<Level, number>>): number {
  let reports = 0;
  for (const form of forms) {
    for (const [level, count] of Object.entries(unitsByLevel)) {
      for (const type of PERIOD_TYPES) if (files(form, level, type)) reports += count * periodsPerYear(type) * years;
    }
  }
  return reports;
}

/** The database as measured under the bench's persist folder (`work`), and projected to five years. */
export function databaseSize(work: string, versions: number, unitsByLevel: Readonly<Record<Level, number>>): DatabaseSize {
  const bytes = bytesUnder(join(work, "v3", "d1"));
  const bytesPerVersion = bytes / Math.max(versions, 1);
  const reportsIn5Years = reportsOver(5, unitsByLevel);
  return {
    bytes, versions, bytesPerVersion: Math.round(bytesPerVersion), reportsIn5Years,
    projected5YearBytes: Math.round(reportsIn5Years * VERSIONS_PER_REPORT * bytesPerVersion),
    limitBytes: D1_DATABASE_LIMIT_BYTES,
  };
}
