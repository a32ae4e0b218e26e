import { z } from "zod";
import { forms, getForm } from "../forms/catalogue.ts";
import { parsePeriodId } from "../periods/index.ts";
import type { Plan } from "./types.ts";

const isMonthId = (value: string) => parsePeriodId(value)?.type === "month";
const list = (ids: readonly string[]) => ids.map((id) => `«${id}»`).join(", ");

/** Names the unknown fields of an object (a typo such as "tagret" must not pass unnoticed). */
const unknownFields = (allowed: readonly string[]) => ({
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys" ? `có trường không dùng được: ${list(issue.keys ?? [])} (chỉ dùng: ${allowed.join(", ")})` : undefined,
});

const TextSchema = z.string({ error: "phải là một chuỗi chữ" }).trim().min(1, { error: "không được để trống" });

const PlanTargetSchema = z
  .strictObject({
    formId: TextSchema,
    rateId: TextSchema,
    target: z
      .number({ error: "phải là một số, tỷ lệ từ 0 đến 1 (0.6 là 60%)" })
      .min(0, { error: (issue) => `phải là tỷ lệ từ 0 đến 1 (0.6 là 60%), nhận được ${String(issue.input)}` })
      .max(1, { error: (issue) => `phải là tỷ lệ từ 0 đến 1 (0.6 là 60%), nhận được ${String(issue.input)}` }),
    item: TextSchema.optional(),
  }, unknownFields(["formId", "rateId", "target", "item"]))
  .superRefine((target, ctx) => {
    const form = getForm(target.formId);
    if (!form) {
      ctx.addIssue({
        code: "custom", path: ["formId"],
        message: `không có biểu mẫu «${target.formId}» trong danh mục (có: ${list(forms.map((f) => f.id))})`,
      });
    } else if (!form.rates.some((rate) => rate.id === target.rateId)) {
      ctx.addIssue({
        code: "custom", path: ["rateId"],
        message: `biểu mẫu «${form.id}» không có tỷ lệ «${target.rateId}» (có: ${list(form.rates.map((r) => r.id))})`,
      });
    }
  });

const PlanSchema = z
  .strictObject({
    id: TextSchema,
    title: z.strictObject({ vi: TextSchema, en: TextSchema }, unknownFields(["vi", "en"])),
    from: z.string({ error: "phải là một tháng dạng YYYY-MM" }).refine(isMonthId, {
      error: (issue) => `phải là một tháng dạng YYYY-MM (ví dụ 2025-01), nhận được ${JSON.stringify(issue.input)}`,
    }),
    to: z
      .string({ error: "phải là một tháng dạng YYYY-MM" })
      .refine(isMonthId, { error: (issue) => `phải là một tháng dạng YYYY-MM (ví dụ 2025-12), nhận được ${JSON.stringify(issue.input)}` })
      .optional(),
    targets: z.array(PlanTargetSchema, { error: "phải là một danh sách chỉ tiêu" }),
  }, unknownFields(["id", "title", "from", "to", "targets"]))
  .superRefine((plan, ctx) => {
    // "YYYY-MM" ids sort as the months do.
    if (plan.to !== undefined && plan.to < plan.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `tháng kết thúc ${plan.to} ở trước tháng bắt đầu ${plan.from}` });
    }
    const seen = new Set<string>();
    plan.targets.forEach((target, i) => {
      const key = `${target.formId}/${target.rateId}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["targets", i], message: `tỷ lệ ${key} đã có mục tiêu ở trên` });
      seen.add(key);
    });
  });

/** A list of plans given as configuration: each target a fraction of a rate of the catalogue. */
export const PlansSchema = z.array(PlanSchema, { error: "phải là một danh sách (mảng JSON) các kế hoạch" }).superRefine((plans, ctx) => {
  const ids = new Map<string, number>();
  const starts = new Map<string, number>();
  plans.forEach((plan, i) => {
    if (ids.has(plan.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `mã «${plan.id}» trùng với kế hoạch thứ ${ids.get(plan.id)! + 1}` });
    // Two plans starting the same month would leave the plan in force undecided.
    if (starts.has(plan.from)) ctx.addIssue({ code: "custom", path: [i, "from"], message: `tháng ${plan.from} trùng với tháng bắt đầu của kế hoạch thứ ${starts.get(plan.from)! + 1}` });
    ids.set(plan.id, ids.get(plan.id) ?? i);
    starts.set(plan.from, starts.get(plan.from) ?? i);
  });
});

/** A malformed plan configuration: every problem found, each naming the plan, target and field. */
export class PlanConfigError extends Error {
  override name = "PlanConfigError";
  constructor(readonly problems: readonly string[]) {
    super(problems.join("; "));
  }
}

function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (i === 0 && typeof key === "number") parts.push(`kế hoạch thứ ${key + 1}`);
    else if (key === "targets" && typeof path[i + 1] === "number") parts.push(`chỉ tiêu thứ ${(path[++i] as number) + 1}`);
    else parts.push(`«${String(key)}»`);
  }
  return parts.length > 0 ? parts.join(", ") : "danh sách kế hoạch";
}

/** Plans from JSON, checked against the catalogue; throws a PlanConfigError in Vietnamese otherwise. */
export function parsePlans(json: unknown): Plan[] {
  const parsed = PlansSchema.safeParse(json, { error: z.locales.vi().localeError });
  if (parsed.success) return parsed.data;
  throw new PlanConfigError(parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`));
}
