import type { UploadSession } from "./upload-session.ts";

export const OWN_UNIT_HINT = "Mã của đơn vị đã đăng nhập.";
export const CENTRAL_UNIT_HINT = "Văn phòng gửi thay đơn vị: nhập mã của đơn vị đó.";

/** Central, typing a unit code: a code not in the unit list is said at the field itself, not only in the period's line. */
export function checkUnitCode(session: UploadSession): void {
  const { page, units } = session;
  const code = page.unit.value.trim();
  const unknown = units !== null && code !== "" && !units.has(code);
  page.unit.setAttribute("aria-invalid", unknown ? "true" : "false");
  page.unitHint.textContent = unknown ? `Không có đơn vị mã «${code}» trong danh sách: kiểm tra lại mã.` : CENTRAL_UNIT_HINT;
  page.unitHint.className = unknown ? "hint msg bad" : "hint";
}
