import { fetchForms, fetchMe, fetchUnits } from "./api.ts";
import { showCatalogueForms } from "./form-options.ts";
import { esc } from "./messages.ts";
import type { PageElements } from "./page-elements.ts";
import { showPeriod } from "./period-info.ts";
import { CENTRAL_UNIT_HINT, OWN_UNIT_HINT } from "./unit-field.ts";
import { tokenOf, type UploadSession } from "./upload-session.ts";

const TOKEN_KEY = "baocao.token";
const SIGN_IN_FIRST = "Đăng nhập ở bước 1 trước.";

/** The token this tab kept from an accepted sign-in, or "". */
export const keptToken = (): string => sessionStorage.getItem(TOKEN_KEY) ?? "";

/** Steps 2 and 3 open only once signed in, each saying why while it is closed. */
export function setSignedIn(page: PageElements, on: boolean): void {
  page.step2.disabled = !on;
  page.step3.disabled = !on;
  page.step2Locked.textContent = on ? "" : SIGN_IN_FIRST;
  page.step3Locked.textContent = on ? "" : SIGN_IN_FIRST;
}

function refuse(page: PageElements, text: string): void {
  page.who.innerHTML = `<span class="msg bad" style="display:block">${esc(text)}</span>`;
}

/**
 * Step 1: the token is checked by GET /api/v1/me and kept in sessionStorage only once accepted.
 * A unit files for itself (its code fixed); the central office types the unit it files for, and
 * gets the unit list for each unit's own deadline. Then the forms, then the period's line.
 */
export async function signIn(session: UploadSession): Promise<void> {
  const { page } = session;
  const token = tokenOf(session);
  if (!token) {
    refuse(page, "Nhập mã truy cập rồi bấm «Đăng nhập».");
    page.token.focus();
    return;
  }
  const me = await fetchMe(token);
  if (!me.ok) {
    setSignedIn(page, false);
    session.role = null;
    session.units = null;
    // A rejected token is never kept: a reload must not sign in with it again.
    if (me.status === 401 && keptToken() === token) sessionStorage.removeItem(TOKEN_KEY);
    page.token.setAttribute("aria-invalid", "true");
    refuse(page, me.message);
    page.token.focus();
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token); // accepted: kept in this tab until it is closed
  page.token.removeAttribute("aria-invalid");
  const who = me.value;
  session.role = who.role;
  session.units = null;
  let signedIn: string;
  if (who.role === "unit") {
    page.unit.value = who.unit.code;
    page.unit.readOnly = true;
    page.unitHint.textContent = OWN_UNIT_HINT;
    signedIn = `Đã đăng nhập: <strong>${esc(who.unit.name)}</strong> (${esc(who.unit.code)}). Tiếp theo: chọn kỳ và biểu, tải biểu mẫu ở bước 2.`;
  } else {
    page.unit.readOnly = false;
    page.unitHint.textContent = CENTRAL_UNIT_HINT;
    signedIn = "Đã đăng nhập: <strong>Văn phòng</strong> (tài khoản trung tâm). Nhập mã đơn vị cần gửi thay ở bước 2.";
    // The units' levels, for each unit's own deadline; without them the page shows every level's.
    const units = await fetchUnits(token);
    if (units.ok) session.units = new Map(units.value.map((unit) => [unit.code, { name: unit.name, level: unit.level }]));
  }
  const forms = await fetchForms(token);
  if (!forms.ok) {
    setSignedIn(page, false);
    refuse(page, `Không tải được danh sách biểu mẫu: ${forms.message}`);
    return;
  }
  showCatalogueForms(session, forms.value);
  setSignedIn(page, true);
  // Said once steps 2 and 3 are open: "signed in" while they are still greyed out would mislead.
  page.who.innerHTML = signedIn;
  await showPeriod(session);
}
