import { fetchPlanForms } from "./api.ts";
import type { FormDefinition } from "./api-types.ts";
import { tokenOf, type UploadSession } from "./upload-session.ts";

/** "Biểu số 01 — title": a form as the «Biểu» list offers it, remembered for naming its receipts and errors. */
function offer(session: UploadSession, form: FormDefinition): HTMLOptionElement {
  session.forms.set(form.id, form);
  const option = document.createElement("option");
  option.value = form.id;
  option.textContent = `${form.layout.code} — ${form.title.vi}`;
  session.page.form.append(option);
  return option;
}

/** The catalogue's forms after «all of them». */
export function showCatalogueForms(session: UploadSession, forms: readonly FormDefinition[]): void {
  session.page.form.innerHTML = '<option value="all">Tất cả các biểu</option>';
  for (const form of forms) offer(session, form);
}

/** The plans' progress forms the unit files for the period (its own tasks), offered beside the catalogue's. */
export async function showPlanForms(session: UploadSession, periodId: string, unitCode: string): Promise<void> {
  const { page } = session;
  for (const option of page.form.querySelectorAll("option[data-plan]")) option.remove();
  if (!unitCode) return;
  const answer = await fetchPlanForms(periodId, unitCode, tokenOf(session));
  if (!answer.ok || page.period.value.trim() !== periodId) return;
  for (const form of answer.value) offer(session, form).setAttribute("data-plan", "");
}
