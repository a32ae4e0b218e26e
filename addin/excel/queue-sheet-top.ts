import { blockAddress } from "../../shared/layout/a1.ts";
import { mergeBlock } from "./range-format.ts";
import { codeLine, FACT_LABELS, periodLine, titleText, unitLine } from "../../shared/layout/sheet-text.ts";
import type { SheetLayout } from "../../shared/layout/sheet-layout.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import type { SheetFacts } from "./types.ts";

/** Queues the lines above the table: title, unit, period and window, form code and basis. */
export function queueSheetTop(sheet: Excel.Worksheet, layout: SheetLayout, facts: SheetFacts): void {
  const { form, lines, topWidth } = layout;

  const title = sheet.getRange(blockAddress(lines.title, 1, lines.title, topWidth));
  mergeBlock(title, topWidth);
  sheet.getRange(blockAddress(lines.title, 1, lines.title, 1)).values = [[titleText(form)]];
  title.format.horizontalAlignment = "Center";
  title.format.verticalAlignment = "Center";
  title.format.wrapText = true;
  title.format.font.bold = true;
  title.format.font.size = 13;
  title.format.rowHeight = 36;

  const line = (row: number, text: string, fact: { label: string; value: string }, factLabel: string, factValue: string) => {
    const span = topWidth - 2;
    const block = sheet.getRange(blockAddress(row, 1, row, span));
    mergeBlock(block, span);
    sheet.getRange(blockAddress(row, 1, row, 1)).values = [[text]];
    block.format.horizontalAlignment = "Left";
    const label = sheet.getRange(fact.label);
    label.values = [[factLabel]];
    label.format.horizontalAlignment = "Right";
    label.format.font.italic = true;
    const value = sheet.getRange(fact.value);
    value.numberFormat = [[STYLE.textFormat]]; // "2026" or "001" stays text
    value.values = [[factValue]];
    value.format.font.bold = true;
    value.format.horizontalAlignment = "Left";
    return block;
  };
  line(lines.unit, unitLine(facts), layout.facts.unit, FACT_LABELS.unit, facts.unitCode).format.font.bold = true;
  line(lines.period, periodLine(facts), layout.facts.period, FACT_LABELS.period, facts.periodId).format.font.italic = true;

  const code = sheet.getRange(blockAddress(lines.code, 1, lines.code, topWidth));
  mergeBlock(code, topWidth);
  sheet.getRange(blockAddress(lines.code, 1, lines.code, 1)).values = [[codeLine(form)]];
  code.format.horizontalAlignment = "Right";
  code.format.font.italic = true;
  code.format.font.size = 10;
}
