import type { FixedRow, FormDefinition } from "../forms/types.ts";
import { DEFAULT_LEVELS, levelName } from "../units/levels.ts";
import type { Outline, OutlinePart, OutlineSection } from "./types.ts";

/** The form id of the written report, whatever outline a deployment uses. */
export const OUTLINE_FORM_ID = "outline";
export const CONTENT_COLUMN = "content";
const NOTHING_TO_REPORT = "Không có.";

/** "I.1" for an item, "II" for a section that is its whole part. */
export function sectionNumber(part: OutlinePart, section: OutlineSection): string {
  return section.number === null ? part.number : `${part.number}.${section.number}`;
}

function sectionRow(outline: Outline, part: OutlinePart, section: OutlineSection): FixedRow {
  const number = sectionNumber(part, section);
  const onlySome = section.levels && outline.levels.some((level) => !section.levels!.includes(level));
  const forWhom = onlySome ? `Mục dành cho: ${section.levels!.map((level) => levelName(DEFAULT_LEVELS, level).replace(/ \(.*\)$/, "")).join("; ")}. Đơn vị khác ghi nếu có.\n` : "";
  return {
    id: section.id,
    label: { vi: `${number}. ${section.title.vi}`, en: `${number}. ${section.title.en}` },
    short: { vi: `${number}. ${(section.short ?? section.title).vi}`, en: `${number}. ${(section.short ?? section.title).en}` },
    hint: {
      vi: forWhom + section.guidance.map((line) => `- ${line}`).join("\n") + "\nKhông có nội dung thì ghi «không có».",
      en: `${section.title.en}. Write “không có” (none) when there is nothing to report.`,
    },
    ...(section.levels ? { levels: section.levels } : {}),
    ...(section.forms ? { forms: section.forms } : {}),
    maxLength: section.maxLength,
  };
}

/**
 * The outline as a form of the catalogue: one row per section and one text column the unit writes
 * in, with the guidance beside it. Drafts, versions, differences, review, the upload page and the
 * downloaded workbook then treat the text as they treat figures.
 */
export function outlineForm(outline: Outline): FormDefinition {
  const sections = outline.parts.flatMap((part) => part.sections.map((section) => ({ part, section })));
  return {
    id: OUTLINE_FORM_ID,
    title: outline.title,
    basis: outline.basis,
    filing: { levels: outline.levels, periodTypes: outline.periodTypes },
    rows: { kind: "fixed", rows: sections.map(({ part, section }) => sectionRow(outline, part, section)) },
    columns: [
      {
        kind: "text", id: CONTENT_COLUMN,
        label: { vi: "Nội dung báo cáo của cơ quan, đơn vị", en: "What the unit reports" },
        short: { vi: "Nội dung báo cáo", en: "Report text" },
        maxLength: Math.max(...sections.map(({ section }) => section.maxLength)),
      },
    ],
    rules: [],
    rates: [],
    layout: {
      code: "Đề cương báo cáo",
      sheetName: "Báo cáo thuyết minh",
      order: [CONTENT_COLUMN],
      groups: [],
      leadColumns: [
        { vi: "STT", en: "No." },
        { vi: "Mục", en: "Section" },
        { vi: "Nội dung cần báo cáo (hướng dẫn)", en: "What to cover (guidance)" },
      ],
    },
    example: Object.fromEntries(sections.map(({ section }) => [`${section.id}.${CONTENT_COLUMN}`, section.example ?? NOTHING_TO_REPORT])),
  };
}
