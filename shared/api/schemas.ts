import { z } from "zod";
import { controlOrBidiCharacter } from "../text/characters.ts";

/** One zod schema per contract of API.md: the worker validates and documents with them, the add-in parses with them. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const LabelSchema = z.object({ vi: z.string(), en: z.string() });

/** A level's id, as the deployment configures its levels (GET /api/v1/levels): `cap-tinh`, `cap-huyen`, `cap-xa` by default. */
export const LevelSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/);

/** One configured level, from the top (shared/units/levels.ts). */
export const LevelConfigSchema = z.object({
  id: LevelSchema,
  name: LabelSchema,
  subtotal: z.boolean(),
  historical: z.boolean().optional().meta({ description: "A level of the structure before 1 July 2025: its units and reports stay, no new unit is placed on it" }),
  filesAs: LevelSchema.optional().meta({ description: "The level whose forms this one files" }),
});

/** Unit codes: letters, digits, dot, dash, underscore; 1–64 characters. */
export const UnitCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);

/** A unit's name as people read it: no control or bidirectional-formatting character (shared/text/characters.ts). */
const UnitNameSchema = z.string().trim().min(1).max(200).superRefine((name, context) => {
  const found = controlOrBidiCharacter(name);
  if (found) {
    context.addIssue({
      code: "custom",
      message: `tên đơn vị có ký tự điều khiển hoặc ký tự đổi chiều văn bản (${found}), không được phép; hãy gõ lại tên`,
    });
  }
});

export const UnitInputSchema = z.object({
  name: UnitNameSchema,
  level: LevelSchema,
  parent: UnitCodeSchema.nullable().default(null),
  activeFrom: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "cần một tháng dạng YYYY-MM").nullable().optional().meta({
    description: "The first month (YYYY-MM) the unit reports for (a unit created by a reorganisation); null: always; left out: unchanged",
  }),
});

export const UnitSchema = z.object({
  code: UnitCodeSchema,
  name: z.string(),
  level: LevelSchema,
  parent: UnitCodeSchema.nullable(),
  activeFrom: z.string().optional().meta({ description: "Present when set: the first month (YYYY-MM) it reports for" }),
  retiredFrom: z.string().optional().meta({ description: "Present when retired: the first month (YYYY-MM) it no longer files for" }),
  mergedInto: UnitCodeSchema.optional().meta({ description: "Present when merged: the unit that carries its history on" }),
});

/** Retiring a unit from a month on, merged into a successor (`into`) or simply closed (`into` null). */
export const RetirementInputSchema = z.object({
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "cần một tháng dạng YYYY-MM"),
  into: UnitCodeSchema.nullable().default(null),
});

/** Who a token belongs to: the central office, or one unit. */
/** The roles of the central office's staff: administrator, reviewer, reader. */
export const StaffRoleSchema = z.enum(["admin", "reviewer", "reader"]);

/** The person behind a central token (`id` null: the bootstrap ADMIN_TOKEN). */
export const StaffMemberSchema = z.object({ id: z.number().int().nullable(), name: z.string(), role: StaffRoleSchema });

/** A token as its holder's list shows it: never the token itself. */
export const TokenRecordSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().meta({ description: "Recorded at most once an hour" }),
  revokedAt: z.string().nullable(),
});

/** A person of the central office, with their tokens. */
export const StaffSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: StaffRoleSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  retiredAt: z.string().nullable(),
  tokens: z.array(TokenRecordSchema),
});

/** When a new token expires: a date (YYYY-MM-DD, the end of that day in Vietnam) or none. */
export const TokenInputSchema = z.object({ expiresOn: IsoDate.nullable().optional() });

export const StaffInputSchema = TokenInputSchema.extend({
  name: z.string().trim().min(1).max(200),
  role: StaffRoleSchema,
});

export const StaffChangeSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: StaffRoleSchema.optional(),
  retired: z.boolean().optional(),
});

/** What an import of the unit list would do, or did; or, with 422, why nothing was stored. */
export const RegistryImportSchema = z.object({
  applied: z.boolean(),
  plan: z.object({
    create: z.array(z.lazy(() => UnitSchema)),
    update: z.array(z.object({
      before: z.lazy(() => UnitSchema),
      after: z.lazy(() => UnitSchema),
      changes: z.array(z.enum(["name", "level", "parent"])),
    })),
    unchanged: z.array(z.string()).meta({ description: "Codes of the rows that change nothing" }),
  }),
  issues: z.array(z.object({
    row: z.number().int().meta({ description: "The spreadsheet's row number" }),
    column: z.enum(["code", "name", "level", "parent"]).nullable(),
    label: z.string().meta({ description: "The column's Vietnamese label" }),
    message: z.string(),
  })),
});

export const MeSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("central"), staff: StaffMemberSchema.optional().meta({ description: "Who of the central office (always sent by this worker)" }) }),
  z.object({
    role: z.literal("unit"),
    unit: z.lazy(() => UnitSchema.extend({ levelName: LabelSchema.optional().meta({ description: "The unit's level as the deployment names it" }) })),
  }),
]);

export const TokenSchema = z.object({ token: z.string() });

export const PeriodTypeSchema = z.enum(["month", "quarter", "half-year", "year"]);

export const PeriodSchema = z.object({
  id: z.string(),
  type: PeriodTypeSchema,
  start: IsoDate,
  end: IsoDate,
  /** The general deadline; for a unit's token, its own level's. */
  deadline: IsoDate,
  /** Level id → that level's deadline, for every configured level. */
  deadlines: z.record(LevelSchema, IsoDate),
});

export const IssueSchema = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  columns: z.array(z.string()),
  message: z.string(),
  messageEn: z.string(),
  expected: z.number().optional(),
  actual: z.number().optional(),
});

/** A submission's body. `values` are checked by the form's rules, not here: nothing is coerced. */
export const SubmissionBodySchema = z.object({
  values: z.record(z.string(), z.unknown()),
  notes: z.string().max(20_000).optional(),
  /** The unit's explanation of warnings, by rule id ("balance", "continuity"). */
  explanations: z.record(z.string(), z.string().max(2_000)).optional(),
});

export const ReceiptSchema = z.object({
  receipt: z.string(),
  version: z.number().int().positive(),
  late: z.boolean(),
  warnings: z.array(IssueSchema),
});

export const RejectionSchema = z.object({
  errors: z.array(IssueSchema),
  warnings: z.array(IssueSchema),
});

/** The central office's review of a report's latest version. */
export const ReviewSchema = z.object({
  decision: z.enum(["accepted", "returned"]),
  comment: z.string(),
  version: z.number().int().positive(),
  at: z.string(),
  reviewer: z.string(),
});

/** A review to record: a returned report needs a comment the unit will read. */
export const ReviewInputSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accepted"), version: z.number().int().positive(), comment: z.string().max(5_000).optional() }),
  z.object({ decision: z.literal("returned"), version: z.number().int().positive(), comment: z.string().trim().min(1).max(5_000) }),
]);

const CellValueSchema = z.union([z.number(), z.string()]);

export const SubmissionSchema = z.object({
  period: z.string(),
  form: z.string(),
  unit: z.string(),
  version: z.number().int().positive(),
  receipt: z.string(),
  late: z.boolean(),
  submittedAt: z.string(),
  submittedBy: z.string(),
  values: z.record(z.string(), CellValueSchema),
  notes: z.string().nullable(),
  warnings: z.array(IssueSchema),
  explanations: z.record(z.string(), z.string()),
  /** The central office's review of this version, if any. */
  review: ReviewSchema.nullable(),
});

export const VersionSummarySchema = z.object({
  version: z.number().int().positive(),
  receipt: z.string(),
  submittedAt: z.string(),
  submittedBy: z.string(),
});

export const FormStateSchema = z.object({
  state: z.enum(["missing", "submitted", "late"]),
  version: z.number().int().positive().optional(),
  submittedAt: z.string().optional(),
  /** The review of the latest version: accepted, or returned for amendment. */
  review: z.object({ decision: z.enum(["accepted", "returned"]), comment: z.string() }).optional(),
});

/** How many expected reports of one form are in each state (`submitted` includes `late`; `missing` = expected − submitted). */
export const StateCountsSchema = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  /** Latest version returned for amendment / accepted by the central office. */
  returned: z.number().int(),
  accepted: z.number().int(),
});

/** Counts by configured level id (and `all`), then by form id. */
export const StatusCountsSchema = z.record(z.string(), z.record(z.string(), StateCountsSchema));

export const StatusSchema = z.object({
  period: z.string(),
  periodInfo: PeriodSchema,
  units: z.array(
    UnitSchema.omit({ parent: true }).extend({ forms: z.record(z.string(), FormStateSchema) }),
  ),
  /** Whether the period is locked (always sent by this worker). */
  locked: z.boolean().optional(),
  /** The deployment's levels from the top, with any level stored units carry that it no longer names (always sent by this worker). */
  levels: z.array(LevelConfigSchema).optional(),
  /** The matrix's counts per level and form (always sent by this worker). */
  counts: StatusCountsSchema.optional(),
});

/** A period as `GET /api/v1/periods/{periodId}` answers it: with whether it is locked. */
export const PeriodWithLockSchema = PeriodSchema.extend({
  locked: z.boolean(),
  targets: z.record(z.string(), z.lazy(() => TargetsSchema)).optional().meta({
    description: "Form id → rate id → the target of the plan in force for the period; left out while KPI_PLANS is malformed",
  }),
});

/** Locking or reopening a period: an optional reason, kept in the history and the audit log. */
export const LockInputSchema = z.object({ reason: z.string().max(2_000).optional() });

/**
 * A period's lock state, from its latest lock event. Locked: `lockedAt`, `lockedBy` and the lock's `reason`.
 * Reopened: `reopenedAt`, `reopenedBy` and the reopening's `reason`. Never locked: everything null.
 */
export const PeriodLockSchema = z.object({
  period: z.string(),
  locked: z.boolean(),
  lockedAt: z.string().nullable(),
  lockedBy: z.string().nullable(),
  reason: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
});

/** One event of a period's lock history. */
export const LockEventSchema = z.object({
  locked: z.boolean(),
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
});

export const PeriodLockHistorySchema = PeriodLockSchema.extend({ history: z.array(LockEventSchema) });

const FiguresSchema = z.record(z.string(), z.number());
const RatesSchema = z.record(z.string(), z.number().nullable());
const SummarySchema = z.object({ total: FiguresSchema, rates: RatesSchema });
/** A level's subtotal in a consolidated report, with how the level is named and drawn. */
const LevelSummarySchema = SummarySchema.extend({
  label: LabelSchema,
  subtotal: z.boolean().meta({ description: "Whether tables draw a subtotal row for the level" }),
  shown: z.boolean().meta({ description: "Whether tables show the level: it files the form today, or some unit of it has figures" }),
});
/** Rate id → the target of the plan in force for the period (a fraction) and that plan's Vietnamese title. */
const TargetsSchema = z.record(z.string(), z.object({ target: z.number().min(0).max(1), plan: z.string() }));

export const ReportSchema = z.object({
  period: PeriodSchema,
  form: z.string(),
  total: FiguresSchema,
  rates: RatesSchema,
  /** Every configured level, from the top: its subtotal, name and drawing. */
  levels: z.record(LevelSchema, LevelSummarySchema),
  units: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: LevelSchema,
      values: FiguresSchema,
      rates: RatesSchema,
      source: z.enum(["submitted", "derived"]),
      texts: z.record(z.string(), z.string()).optional().meta({
        description: "A form with text (the written report): cell key (`section.content`) → what the unit wrote, from its own report",
      }),
    }),
  ),
  completeness: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    late: z.number().int(),
    missing: z.array(z.string()),
  }),
  targets: TargetsSchema,
  lastYear: z
    .object({
      period: PeriodSchema,
      total: FiguresSchema,
      rates: RatesSchema,
      levels: z.record(LevelSchema, LevelSummarySchema),
      units: z.array(z.object({
        code: z.string(), values: FiguresSchema, rates: RatesSchema, source: z.enum(["submitted", "derived"]),
        includes: z.array(z.string()).optional().meta({ description: "Units since merged into this one, whose figures its line counts" }),
      })),
    })
    .nullable()
    .optional()
    .meta({ description: "The same period of the previous year (cùng kỳ năm trước), consolidated the same way; null when no unit reported it" }),
});

/** A form definition as the catalogue serves it (shared/forms/types.ts has every field). */
export const FormSchema = z.looseObject({
  id: z.string(),
  title: LabelSchema,
  basis: LabelSchema,
  filing: z.object({ levels: z.array(LevelSchema), periodTypes: z.array(z.enum(["month", "quarter", "half-year", "year"])) }).meta({
    description: "Who files the form and for which period types; status, completeness and the downloadable form follow it",
  }),
  rows: z.looseObject({ kind: z.enum(["single", "fixed"]) }),
  columns: z.array(z.looseObject({ id: z.string(), kind: z.string(), label: LabelSchema })),
  rules: z.array(z.looseObject({ id: z.string(), kind: z.string(), severity: z.enum(["error", "warning"]) })),
  rates: z.array(z.looseObject({ id: z.string(), label: LabelSchema, numerator: z.array(z.string()), denominator: z.array(z.string()) })),
  layout: z.looseObject({ code: z.string(), order: z.array(z.string()) }),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  detail: z.unknown(),
});

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export type UnitInput = z.infer<typeof UnitInputSchema>;
export type Me = z.infer<typeof MeSchema>;
export type StaffRole = z.infer<typeof StaffRoleSchema>;
export type RegistryImport = z.infer<typeof RegistryImportSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type PeriodInfo = z.infer<typeof PeriodSchema>;
export type Receipt = z.infer<typeof ReceiptSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type StateCounts = z.infer<typeof StateCountsSchema>;
export type PeriodLock = z.infer<typeof PeriodLockSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type PeriodWithLock = z.infer<typeof PeriodWithLockSchema>;
export type ReviewInput = z.infer<typeof ReviewInputSchema>;
