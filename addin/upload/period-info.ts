import { periodName, vnDate } from "../../shared/text/vietnam-format.ts";
import { fetchPeriod } from "./api.ts";
import { deadlineNote } from "./deadline-note.ts";
import { showPlanForms } from "./form-options.ts";
import { tokenOf, type UploadSession } from "./upload-session.ts";

/** Under «Kỳ báo cáo»: the period's name, its data window and its deadline; then the plans' forms it brings. */
export async function showPeriod(session: UploadSession): Promise<void> {
  const { page } = session;
  const id = page.period.value.trim();
  const info = page.periodInfo;
  info.className = "note";
  if (!id) {
    info.textContent = "";
    return;
  }
  const answer = await fetchPeriod(id, tokenOf(session));
  if (page.period.value.trim() !== id) return; // typed on meanwhile: a newer answer follows
  if (!answer.ok) {
    info.className = "note msg bad";
    info.textContent = answer.message;
    return;
  }
  const period = answer.value;
  const deadline = deadlineNote(period, { ...session, unitCode: page.unit.value.trim() });
  info.textContent = `${periodName(period.id)}: số liệu từ ${vnDate(period.start)} đến ${vnDate(period.end)}; ${deadline}`;
  await showPlanForms(session, id, page.unit.value.trim());
}
