import {
  AlignmentType, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Table, TableBorders, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType, convertMillimetersToTwip as mm,
} from "docx";
import type { Block, Run, Table as TableModel, TableCell as CellModel, WrittenDocument } from "../../shared/written-report/model.ts";

const FONT = "Times New Roman";
/** Every font slot, so that Vietnamese letters (outside ASCII) stay in Times New Roman in Word and LibreOffice. */
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const TABLE_STYLE = "TableText";
/** Text widths in twips: A4 portrait less 30 + 15 mm, landscape less 20 + 20 mm. */
const PORTRAIT_WIDTH = mm(210 - 45);
const LANDSCAPE_WIDTH = mm(297 - 40);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const runs = (list: readonly Run[], size?: number) =>
  list.map((run) => new TextRun({
    text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}), ...(size ? { size } : {}), ...(run.lineBreak ? { break: 1 } : {}),
  }));

const line = (text: string, options: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; align?: keyof typeof ALIGN } = {}) =>
  new Paragraph({
    alignment: ALIGN[options.align ?? "center"],
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: options.bold || undefined, italics: options.italic || undefined, size: options.size, ...(options.underline ? { underline: {} } : {}) })],
  });

/** Twips of each column from relative widths, summing exactly to the text width. */
function twips(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A cell with only what it needs: margins are the table's, size and spacing the TableText style's (memory and time). */
const cell = (model: CellModel) =>
  new TableCell({
    ...(model.columnSpan && model.columnSpan > 1 ? { columnSpan: model.columnSpan } : {}),
    ...(model.rowSpan && model.rowSpan > 1 ? { rowSpan: model.rowSpan } : {}),
    children: [new Paragraph({
      style: TABLE_STYLE,
      ...(model.align && model.align !== "left" ? { alignment: ALIGN[model.align] } : {}),
      children: [new TextRun({ text: model.text, ...(model.bold ? { bold: true } : {}), ...(model.italic ? { italics: true } : {}) })],
    })],
  });

function table(model: TableModel, width: number): Table {
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: twips(model.widths, width),
    layout: TableLayoutType.FIXED,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    rows: [
      ...model.header.map((cells) => new TableRow({ tableHeader: true, cantSplit: true, children: cells.map(cell) })),
      ...model.rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map(cell) })),
    ],
  });
}

function block(model: Block): Paragraph | Table {
  switch (model.kind) {
    case "heading":
      return new Paragraph({ spacing: { before: 160, after: 80 }, keepNext: true, indent: { firstLine: mm(10) }, children: [new TextRun({ text: model.text, bold: true })] });
    case "subheading":
      return new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, children: [new TextRun({ text: model.text, bold: true })] });
    case "paragraph":
      return new Paragraph({ spacing: { before: 0, after: 80 }, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, children: runs(model.runs) });
    case "table":
      return table(model.table, PORTRAIT_WIDTH);
    default: {
      const never: never = model;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

/** Two columns without borders: the heading and the signature block of an administrative document. */
function sideBySide(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  const columns = twips(widths, PORTRAIT_WIDTH);
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [new TableCell({ borders: TableBorders.NONE, children: left }), new TableCell({ borders: TableBorders.NONE, children: right })] })],
  });
}

/**
 * A written document as .docx bytes (docx 9, its ESM build: no Node built-ins, so no
 * nodejs_compat): Times New Roman, A4 with Nghị định 30's margins, page numbers from page 2, the
 * appendices in a landscape section with their header rows repeated on every page.
 */
export async function writeDocx(doc: WrittenDocument): Promise<Uint8Array<ArrayBuffer>> {
  const h = doc.heading;
  const heading = sideBySide(
    [line(h.authority, { size: 26 }), line(h.office, { bold: true, size: 26 }), line("———", { size: 20 }), line(h.number, { size: 26 })],
    [
      line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 }),
      line("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: 26 }),
      line(""),
      line(h.placeAndDate, { italic: true, size: 26 }),
    ],
    [40, 60],
  );
  const signature = sideBySide(
    [line("Nơi nhận:", { bold: true, italic: true, size: 24, align: "left" }), ...doc.recipients.map((r) => line(r, { size: 22, align: "left" }))],
    [line(doc.signer.position, { bold: true, size: 26 }), line(doc.signer.note, { italic: true, size: 24 })],
    [50, 50],
  );
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })] })] });

  const appendices = doc.appendices.flatMap((appendix, i) => [
    new Paragraph({ pageBreakBefore: i > 0, alignment: AlignmentType.RIGHT, children: [new TextRun({ text: appendix.label, bold: true })] }),
    line(appendix.title, { bold: true }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: appendix.subtitle, italics: true, size: 24 })] }),
    table(appendix.table, LANDSCAPE_WIDTH),
    ...(appendix.note ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: appendix.note, italics: true, size: 24 })] })] : []),
  ]);

  const document = new Document({
    creator: "baocao",
    title: `${doc.title} ${doc.subtitle}`,
    styles: {
      default: { document: { run: { font: FONTS, size: 28 }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles: [{ id: TABLE_STYLE, name: "Table Text", basedOn: "Normal", run: { size: 22 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } }],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          heading,
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, bold: true })] }),
          ...doc.body.map(block),
          new Paragraph({ children: [] }),
          signature,
        ],
      },
      ...(appendices.length > 0
        ? [{
          properties: {
            // docx swaps a portrait size for landscape itself.
            page: { size: { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE }, margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20) } },
          },
          headers: { default: pageNumber },
          children: appendices,
        }]
        : []),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
