import { foldText } from "../text/fold.ts";
import type { Party } from "./types.ts";

const LEVEL_WORDS: readonly [RegExp, string][] = [
  [/^(?:cap tinh|tinh|thanh pho)$/, "cap-tinh"],
  [/^(?:cap huyen|(?:cac )?quan,? huyen(?:,? thi xa)?(?:,? thanh pho)?|huyen,? quan(?:,? thi xa)?)$/, "cap-huyen"],
  [/^(?:cap xa|(?:cac )?xa,? phuong(?:,? thi tran)?)$/, "cap-xa"],
];
const DEPARTMENTS = /^(?:cac )?so,? (?:ban,? )?(?:nganh(?: thanh pho| tinh)?|co quan tuong duong so\b.*)$/;

/**
 * The parties one name stands for: a level ("UBND cấp xã", "UBND các xã, phường"), levels named
 * together ("UBND cấp huyện, cấp xã", "UBND các cấp": the districts and communes), the
 * departments ("Các sở, ban, ngành", "Sở, cơ quan tương đương Sở"), or one named office.
 */
export function partiesOf(name: string): Party[] {
  const s = foldText(name).replace(/\s*\([^()]*\)$/, "");
  if (DEPARTMENTS.test(s)) {
    // "(trừ Ban Quản lý Khu Kinh tế Hải Phòng)": every department but those.
    const except = /\((?:trừ|ngoại trừ)\s+([^()]*)\)\s*$/iu.exec(name.trim())?.[1];
    return [except ? { kind: "departments", except: except.split(/\s*[,;]\s*/u).map((n) => n.trim()).filter(Boolean) } : { kind: "departments" }];
  }
  const ubnd = /^(?:ubnd|uy ban nhan dan) (.+)$/.exec(s)?.[1];
  if (ubnd !== undefined) {
    if (ubnd === "cac cap") return [{ kind: "level", level: "cap-huyen" }, { kind: "level", level: "cap-xa" }];
    const whole = LEVEL_WORDS.find(([words]) => words.test(ubnd));
    if (whole) return [{ kind: "level", level: whole[1] }];
    // "cấp huyện, cấp xã": each part a level, or the name is an office's.
    const parts = ubnd.split(/,\s*/).map((part) => LEVEL_WORDS.find(([words]) => /^cap /.test(part) && words.test(part))?.[1]);
    if (parts.length > 1 && parts.every((level) => level !== undefined)) return parts.map((level) => ({ kind: "level", level: level! }));
  }
  return [{ kind: "unit", name: name.replace(/\s+/g, " ").trim() }];
}

/** One lead or supporting party as written (the first, when the name stands for several). */
export function parseParty(name: string): Party {
  return partiesOf(name)[0]!;
}

/**
 * A cell or line of parties: split on "- " bullets, ";" and line breaks, before "và các …" and
 * before ", UBND …" ("Sở Nội vụ và các Sở, cơ quan tương đương Sở, UBND cấp huyện, cấp xã").
 */
export function parseParties(text: string): Party[] {
  return text
    .split(/\n|;|(?:^|\s)[-–•+]\s+|\s+và\s+(?=các\s)|,\s*(?=UBND\s|Ủy ban nhân dân\s)/iu)
    .map((part) => part.replace(/^[-–•+]\s*/, "").replace(/[.,]$/, "").trim())
    .filter((part) => part !== "")
    .flatMap(partiesOf);
}
