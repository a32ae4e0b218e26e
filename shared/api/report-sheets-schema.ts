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
  sheets: z.array(GridSheetSchema),
});

export type ReportSheets = z.infer<typeof ReportSheetsSchema>;
