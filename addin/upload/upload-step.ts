import { postUpload } from "./api.ts";
import { esc, say } from "./messages.ts";
import { receiptsHtml, rejectionHtml } from "./upload-answer-html.ts";
import { tokenOf, type UploadSession } from "./upload-session.ts";

/** The upload's answer takes the focus, so that it is read out and scrolled into view on a phone. */
function answer(session: UploadSession, kind: "ok" | "bad", html: string): void {
  const { status } = session.page;
  say(status, kind, html);
  status.focus();
  status.scrollIntoView({ block: "start" });
}

/** Step 3: the filled .xlsx sent for the period and unit of step 2; the receipts or the errors by cell. */
export async function upload(session: UploadSession): Promise<void> {
  const { page } = session;
  const file = page.file.files?.[0];
  if (!file) {
    answer(session, "bad", "Chưa chọn tệp: ở bước 3, bấm nút chọn tệp và chọn tệp .xlsx đã điền.");
    return;
  }
  const outcome = await postUpload(page.period.value.trim(), page.unit.value.trim(), file, tokenOf(session));
  if (outcome.kind === "stored") answer(session, "ok", receiptsHtml(outcome.receipts, session.forms));
  else if (outcome.kind === "rejected") answer(session, "bad", rejectionHtml(outcome.rejection, session.forms));
  else answer(session, "bad", `<b>Báo cáo chưa được nhận.</b> ${esc(outcome.message)}`);
}
