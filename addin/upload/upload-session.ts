import type { IsoDate } from "../../shared/periods/calendar.ts";
import { vietnamDate } from "../../shared/periods/calendar.ts";
import type { Level, Levels } from "../../shared/units/levels.ts";
import type { FormDefinition, Me } from "./api-types.ts";
import type { PageElements } from "./page-elements.ts";

/** A unit as the central office's deadline note needs it. */
export interface UnitOnFile {
  name: string;
  level: Level;
}

/** What the page knows between its steps: who signed in, the units and the forms it was given. */
export interface UploadSession {
  readonly page: PageElements;
  /** The deployment's levels from the top, as the worker wrote them into the page. */
  readonly levels: Levels;
  /** The date in Việt Nam when the page was opened. */
  readonly today: IsoDate;
  role: Me["role"] | null;
  /** Central: unit code → its name and level, from GET /api/v1/units (null when it could not be read). */
  units: ReadonlyMap<string, UnitOnFile> | null;
  /** Every form offered so far, by id: their titles and columns name the upload's receipts and errors. */
  readonly forms: Map<string, FormDefinition>;
}

export function openSession(page: PageElements): UploadSession {
  return {
    page,
    levels: JSON.parse(page.levels.textContent || "[]") as Levels,
    today: vietnamDate(new Date()),
    role: null,
    units: null,
    forms: new Map(),
  };
}

/** The token as typed in step 1: every request carries it. */
export const tokenOf = (session: UploadSession): string => session.page.token.value.trim();
