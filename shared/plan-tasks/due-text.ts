import { romanNumeral } from "../text/roman.ts";
import { vnDate } from "../text/vietnam-format.ts";
import type { Levels } from "../units/levels.ts";
import { levelName } from "../units/levels.ts";
import type { Due, Party } from "./types.ts";

const EVERY_TEXT = { month: "Định kỳ hàng tháng", quarter: "Định kỳ hàng quý", "half-year": "Định kỳ hàng 6 tháng", year: "Định kỳ hàng năm" } as const;

/** A task's time in the plan's words: "Trước ngày 30/04/2025", "Quý I/2025", "Thường xuyên". */
export function dueText(due: Due): string {
  switch (due.kind) {
    case "date":
      return `Trước ngày ${vnDate(due.date)}`;
    case "month": {
      const [year, month] = due.month.split("-");
      return `Tháng ${month}/${year}`;
    }
    case "quarter": {
      const [year, q] = due.quarter.split("-Q");
      return `Quý ${romanNumeral(Number(q))}/${year}`;
    }
    case "half": {
      const [year, h] = due.half.split("-H");
      return `6 tháng ${h === "1" ? "đầu" : "cuối"} năm ${year}`;
    }
    case "year":
      return `Năm ${due.year}`;
    case "recurring":
      return due.every ? EVERY_TEXT[due.every] : "Thường xuyên";
    case "on-occurrence":
      return "Khi có phát sinh";
    case "text":
      return due.text;
    default: {
      const never: never = due;
      throw new Error(`unknown due ${JSON.stringify(never)}`);
    }
  }
}

/** A party as a person reads it: the level's name, "Các sở, ban, ngành", or the office's name. */
export function partyText(party: Party, levels: Levels): string {
  switch (party.kind) {
    case "level":
      return `UBND ${levelName(levels, party.level).replace(/ \(.*\)$/, "").replace(/^Cấp/, "cấp")}`;
    case "departments":
      return party.except?.length ? `Các sở, ban, ngành (trừ ${party.except.join(", ")})` : "Các sở, ban, ngành";
    case "unit":
      return party.name;
    default: {
      const never: never = party;
      throw new Error(`unknown party ${JSON.stringify(never)}`);
    }
  }
}

/** Several parties on one line, separated by semicolons. */
export const partiesText = (parties: readonly Party[], levels: Levels): string => parties.map((p) => partyText(p, levels)).join("; ");
