import { z } from "zod";

const AreaSchema = z.object({ row: z.number().int(), column: z.number().int(), rows: z.number().int(), columns: z.number().int() });

const CellSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.object({ formula: z.string(), result: z.union([z.number(), z.string()]) }),
]);

const StyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  size: z.number().optional(),
  fill: z.string().optional(),
  border: z.boolean().optional(),
  horizontal: z.enum(["left", "center", "right"]).optional(),
  vertical: z.enum(["top", "middle"]).optional(),
  wrap: z.boolean().optional(),
  numberFormat: z.string().optional(),
});

/** One sheet of the shared grid model (shared/layout/grid.ts). */
export const GridSheetSchema = z.object({
  name: z.string(),
  cells: z.array(z.array(CellSchema)),
  merges: z.array(AreaSchema),
  styles: z.array(z.object({ area: AreaSchema, style: StyleSchema })),
  columnWidths: z.array(z.number()),
  rowHeights: z.record(z.string(), z.number()),
  freeze: z.object({ rows: z.number().int(), columns: z.number().int() }),
  autoFilter: AreaSchema.optional(),
  orientation: z.enum(["portrait", "landscape"]),
});

export const ReportSheetsSchema = z.object({
  periodId: z.string(),
  /** The file name the same sheets take as a download. */
  fileName: z.string(),
  /** Which part of a workbook served in parts these sheets are (1 when it is whole), and how many parts there are. */
  part: z.number().int(),
  parts: z.number().int(),
  sheets: z.array(GridSheetSchema),
});

export type ReportSheets = z.infer<typeof ReportSheetsSchema>;

/** One part of a period's consolidated workbook (GET /api/v1/report-parts/{periodId}). */
export const WorkbookPartSchema = z.object({
  part: z.number().int().meta({ description: "1, 2, …: the `part` to ask for" }),
  fileName: z.string(),
  sheets: z.array(z.string()).meta({ description: "The sheets of the part, in workbook order (a sheet cut in several: «Tình trạng», «Tình trạng (2)», …)" }),
  cells: z.number().int(),
});

export const WorkbookPartsSchema = z.object({ periodId: z.string(), parts: z.array(WorkbookPartSchema) });

export type WorkbookParts = z.infer<typeof WorkbookPartsSchema>;
