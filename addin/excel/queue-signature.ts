import { blockAddress } from "../../shared/layout/a1.ts";
import { mergeBlock } from "./range-format.ts";
import type { SheetLayout } from "../../shared/layout/sheet-layout.ts";
import { SIGNATURE } from "../../shared/layout/sheet-text.ts";

/**
 * Queues the signature block under the table: the place and date on the right, then the preparer
 * on the left and the head of the unit on the right, each with the note of what to sign.
 */
export function queueSignature(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const width = layout.topWidth;
  const half = Math.ceil(width / 2);
  const row = layout.signatureRow;
  const put = (line: number, left: number, right: number, text: string, style: "bold" | "italic") => {
    const block = sheet.getRange(blockAddress(line, left, line, right));
    mergeBlock(block, right - left + 1);
    sheet.getRange(blockAddress(line, left, line, left)).values = [[text]];
    block.format.horizontalAlignment = "Center";
    if (style === "bold") block.format.font.bold = true;
    else block.format.font.italic = true;
  };
  put(row, half + 1, width, SIGNATURE.date, "italic");
  put(row + 1, 1, half, SIGNATURE.preparer, "bold");
  put(row + 1, half + 1, width, SIGNATURE.head, "bold");
  put(row + 2, 1, half, SIGNATURE.preparerNote, "italic");
  put(row + 2, half + 1, width, SIGNATURE.headNote, "italic");
}
