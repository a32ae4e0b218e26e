import type { FormDefinition } from "../../shared/forms/types.ts";
import { queueMarks, type IssuesByForm } from "./mark-issues.ts";
import { queueReadForms } from "./read-forms.ts";
import type { CheckResult, Validate, Verdict } from "./types.ts";

/**
 * Reads every form (sync 1), runs `validate` on each form found, and highlights the cells the
 * issues name while clearing the highlight of the others (sync 2): at most two syncs for all
 * forms. A form without a sheet is reported with `present: false` and no verdict.
 */
export async function checkForms<V extends Verdict>(forms: readonly FormDefinition[], validate: Validate<V>): Promise<CheckResult<V>> {
  return Excel.run(async (context) => {
    const collect = queueReadForms(context.workbook, forms);
    await context.sync();
    const reads = collect();

    const result: CheckResult<V> = {};
    const issues: IssuesByForm = {};
    for (const form of forms) {
      const read = reads[form.id]!;
      if (!read.present) {
        result[form.id] = { ...read, errors: [], warnings: [], verdict: null };
        continue;
      }
      const verdict = validate(form, read.values);
      result[form.id] = { ...read, errors: verdict.errors, warnings: verdict.warnings, verdict };
      issues[form.id] = [...verdict.errors, ...verdict.warnings];
    }
    if (queueMarks(context.workbook, forms, issues, reads) > 0) await context.sync();
    return result;
  });
}
