import { saveFile } from "../central/save-file.ts";
import { fetchFormFile } from "./api.ts";
import { esc, say } from "./messages.ts";
import { tokenOf, type UploadSession } from "./upload-session.ts";

/** Step 2: the chosen form (or all of them) for the period and unit, as an .xlsx download, and what to do with it. */
export async function download(session: UploadSession): Promise<void> {
  const { page } = session;
  const file = await fetchFormFile(page.form.value, page.period.value.trim(), page.unit.value.trim(), tokenOf(session));
  if (!file.ok) {
    say(page.downloadStatus, "bad", esc(file.message));
    return;
  }
  saveFile(file.value.bytes, file.value.fileName);
  say(
    page.downloadStatus,
    "ok",
    `Đã tải tệp <b>${esc(file.value.fileName)}</b> (xem thư mục Tải về). Tiếp theo: mở tệp, điền các ô nền vàng, ` +
      "lưu dạng .xlsx, rồi chọn tệp đó ở bước 3.",
  );
}
