import { createContext, useContext, type ReactNode } from "react";

/** The pane's languages: Vietnamese first, English available. */
export type Lang = "vi" | "en";

const STRINGS = {
  appTitle: { vi: "Báo cáo kiểm soát TTHC", en: "TTHC control reports" },
  language: { vi: "English", en: "Tiếng Việt" },
  loading: { vi: "Đang tải…", en: "Loading…" },
  outsideTitle: { vi: "Trang này chạy bên trong Excel", en: "This page runs inside Excel" },
  outsideBody: {
    vi: "Đây là ngăn tác vụ (add-in) của Excel để các đơn vị lập, kiểm tra và gửi báo cáo. Hãy mở nó từ Excel: thẻ Trang đầu → nhóm «Báo cáo TTHC» → nút «Mở báo cáo».",
    en: "This is the Excel task pane with which units fill, check and submit their reports. Open it from Excel: Home tab → group “Báo cáo TTHC” → “Open reports”.",
  },
  outsideInstall: {
    vi: "Chưa cài add-in? Tải tệp manifest.xml từ Văn phòng và làm theo hướng dẫn cài đặt: Excel trên web: Trang đầu → Bổ trợ → Tải lên bổ trợ của tôi; Excel trên Windows/Mac: thêm vào danh mục bổ trợ được chia sẻ.",
    en: "Not installed yet? Get manifest.xml from the central office and follow the install steps: Excel on the web: Home → Add-ins → Upload My Add-in; Excel on Windows/Mac: add it to a shared add-in catalog.",
  },
  outsideGuide: { vi: "Hướng dẫn cài đặt", en: "Install guide" },
  signInTitle: { vi: "Đăng nhập", en: "Sign in" },
  tokenLabel: { vi: "Mã truy cập của đơn vị", en: "Your unit's access token" },
  tokenHint: { vi: "Mã do Văn phòng cấp, bắt đầu bằng bcu_. Mã được lưu trên máy này cho lần sau.", en: "Issued by the central office, starting with bcu_. Kept on this computer for next time." },
  signIn: { vi: "Đăng nhập", en: "Sign in" },
  adminTokenLabel: { vi: "Mã quản trị của Văn phòng", en: "The central office's token" },
  adminTokenHint: { vi: "ADMIN_TOKEN của hệ thống (khi chạy thử: trong tệp .dev.vars).", en: "The deployment's ADMIN_TOKEN (locally: in .dev.vars)." },
  signOut: { vi: "Đăng xuất", en: "Sign out" },
  badToken: { vi: "Mã truy cập không đúng hoặc đã bị thu hồi.", en: "The token is wrong or has been revoked." },
  centralToken: { vi: "Đây là mã của Văn phòng; ngăn này dành cho đơn vị báo cáo.", en: "This is the central office's token; this pane is for reporting units." },
  offline: { vi: "Không kết nối được máy chủ. Thử lại khi có mạng.", en: "Cannot reach the server. Try again when online." },
  period: { vi: "Kỳ báo cáo", en: "Reporting period" },
  window: { vi: "Số liệu từ {start} đến {end}; hạn gửi {deadline}", en: "Data from {start} to {end}; due {deadline}" },
  forms: { vi: "Biểu mẫu", en: "Forms" },
  stateNotStarted: { vi: "Chưa lập", en: "Not started" },
  stateDraft: { vi: "Đang soạn trong sổ tính", en: "Draft in the workbook" },
  stateSubmitted: { vi: "Đã gửi", en: "Submitted" },
  stateLate: { vi: "Gửi muộn", en: "Submitted late" },
  stateQueued: { vi: "Chờ gửi", en: "Waiting to send" },
  stateReturned: { vi: "Bị trả lại: sửa và gửi lại", en: "Returned: amend and resubmit" },
  stateAccepted: { vi: "Đã được chấp nhận", en: "Accepted" },
  returnedComment: { vi: "Văn phòng trả lại báo cáo:", en: "Returned by the central office:" },
  stateOverdue: { vi: "Chưa gửi — đã quá hạn", en: "Not submitted — overdue" },
  version: { vi: "phiên bản {n}", en: "version {n}" },
  writeForms: { vi: "Ghi biểu mẫu vào sổ tính", en: "Write the forms into the workbook" },
  overwriteAsk: { vi: "Sổ tính đã có trang {sheets}. Ghi đè sẽ xóa số liệu đang nhập trên các trang đó.", en: "The workbook already has {sheets}. Overwriting erases what is typed there." },
  overwrite: { vi: "Ghi đè", en: "Overwrite" },
  cancel: { vi: "Hủy", en: "Cancel" },
  written: { vi: "Đã ghi {n} biểu vào sổ tính. Nhập số liệu vào các ô màu vàng.", en: "{n} form(s) written. Type figures into the yellow cells." },
  prefillPrevious: { vi: "Điền «từ kỳ trước chuyển qua»", en: "Fill “carried over” from last period" },
  prefillMonths: { vi: "Lập từ 3 báo cáo tháng", en: "Build from the monthly reports" },
  prefilled: { vi: "Đã điền {n} ô từ {source}. Hãy kiểm tra lại trước khi gửi.", en: "{n} cell(s) filled from {source}. Check them before submitting." },
  prefillNothing: { vi: "Chưa có báo cáo nào để điền từ đó.", en: "No report to fill from yet." },
  check: { vi: "Kiểm tra", en: "Check" },
  checkedOk: { vi: "Không có lỗi. Có thể gửi.", en: "No errors. Ready to submit." },
  errors: { vi: "Lỗi phải sửa ({n})", en: "Errors to fix ({n})" },
  warnings: { vi: "Cảnh báo cần giải trình ({n})", en: "Warnings to explain ({n})" },
  explain: { vi: "Giải trình", en: "Explanation" },
  submit: { vi: "Gửi báo cáo", en: "Submit" },
  foreignSheet: {
    vi: "Trang {sheet} được lập cho kỳ {period}, đơn vị {unit}: không gửi vào kỳ này. Hãy ghi lại biểu mẫu cho kỳ đang chọn.",
    en: "Sheet {sheet} was written for period {period}, unit {unit}: not submitted for this period. Write the forms again for the chosen period.",
  },
  periodLocked: {
    vi: "Kỳ này đã khóa sổ: Văn phòng không nhận báo cáo mới hay sửa đổi. Liên hệ Văn phòng nếu cần mở lại.",
    en: "This period is locked: no new or amended reports are accepted. Contact the central office to reopen it.",
  },
  submitBlocked: { vi: "Sửa hết lỗi và giải trình các cảnh báo trước khi gửi.", en: "Fix every error and explain every warning before submitting." },
  receipt: { vi: "Đã gửi {form}: biên nhận {receipt}, phiên bản {version}{late}.", en: "{form} submitted: receipt {receipt}, version {version}{late}." },
  lateSuffix: { vi: " (gửi muộn)", en: " (late)" },
  unchanged: { vi: "{form} không thay đổi so với phiên bản {n} đã gửi: không gửi lại.", en: "{form} is unchanged since version {n}: not sent again." },
  rejected: { vi: "Máy chủ không nhận {form}: còn lỗi, xem danh sách.", en: "{form} was refused: see the errors." },
  refused: { vi: "Không gửi được {form}: {message}", en: "{form} could not be sent: {message}" },
  queue: { vi: "Chờ gửi ({n})", en: "Waiting to send ({n})" },
  queueHint: { vi: "Sẽ tự gửi khi có mạng; mỗi báo cáo chỉ được lưu một lần.", en: "Sent automatically when online; each report is stored once." },
  retryNow: { vi: "Gửi lại ngay", en: "Retry now" },
  history: { vi: "Lịch sử phiên bản", en: "Version history" },
  loadVersion: { vi: "Nạp bản này vào sổ tính", en: "Load this version into the sheet" },
  loaded: { vi: "Đã nạp phiên bản {n} vào trang {sheet}. Sửa rồi gửi lại.", en: "Version {n} loaded into {sheet}. Edit and resubmit." },
  changes: { vi: "Thay đổi so với phiên bản trước", en: "Changes from the previous version" },
  noChanges: { vi: "Không thay đổi số liệu.", en: "No figures changed." },
  noSheet: { vi: "Chưa có trang {sheet} trong sổ tính: hãy ghi biểu mẫu trước.", en: "There is no {sheet} sheet yet: write the forms first." },
  cMissing: { vi: "Chưa gửi", en: "Missing" },
  cLate: { vi: "Gửi muộn", en: "Late" },
  cSubmitted: { vi: "Đã gửi", en: "Submitted" },
  cReturned: { vi: "Đã trả lại", en: "Returned" },
  cAccepted: { vi: "Đã chấp nhận", en: "Accepted" },
  cAll: { vi: "Tất cả", en: "All" },
  cLevel: { vi: "Cấp", en: "Level" },
  cUnit: { vi: "Đơn vị", en: "Unit" },
  cReminder: { vi: "Đơn vị chưa gửi ({n}) — chép để nhắc", en: "Units missing a report ({n}) — copy for a reminder" },
  cCopy: { vi: "Chép danh sách", en: "Copy the list" },
  cDownload: { vi: "Tải bảng tổng hợp (.xlsx)", en: "Download the consolidated workbook (.xlsx)" },
  cGrandTotal: { vi: "Tổng cộng", en: "Grand total" },
  cUnitHere: { vi: "Đây là trang của Văn phòng. Đơn vị lập và gửi báo cáo trong add-in Excel.", en: "This page is for the central office. Units file their reports in the Excel add-in." },
  cComment: { vi: "Ý kiến của Văn phòng (bắt buộc khi trả lại)", en: "Comment (required to return)" },
  cAccept: { vi: "Chấp nhận", en: "Accept" },
  cReturn: { vi: "Trả lại để sửa", en: "Return for amendment" },
  cCentralTitle: { vi: "Văn phòng — theo dõi và tổng hợp", en: "Central office — status and consolidation" },
  cLockOpen: { vi: "Kỳ đang mở: đơn vị có thể gửi và sửa báo cáo.", en: "The period is open: units may submit and amend." },
  cLockReopened: { vi: "Mở lại lúc {at} bởi {by}{reason}.", en: "Reopened at {at} by {by}{reason}." },
  cLocked: { vi: "Đã khóa sổ từ {at} bởi {by}{reason}: không nhận báo cáo mới hay sửa đổi.", en: "Locked since {at} by {by}{reason}: no new or amended reports." },
  cLockReason: { vi: "Lý do (không bắt buộc)", en: "Reason (optional)" },
  cReasonSuffix: { vi: " — lý do: {reason}", en: " — reason: {reason}" },
  cLock: { vi: "Khóa sổ", en: "Lock the period" },
  cLockConfirm: { vi: "Khóa sổ kỳ {period}? Các đơn vị sẽ không gửi hay sửa báo cáo được cho đến khi mở lại.", en: "Lock period {period}? Units cannot submit or amend until it is reopened." },
  cLockYes: { vi: "Xác nhận khóa sổ", en: "Confirm the lock" },
  cReopen: { vi: "Mở lại", en: "Reopen" },
  cCountCell: {
    vi: "{submitted}/{expected} đã gửi · {late} muộn · {missing} chưa gửi · {returned} trả lại · {accepted} chấp nhận",
    en: "{submitted}/{expected} sent · {late} late · {missing} missing · {returned} returned · {accepted} accepted",
  },
  cAllLevels: { vi: "Toàn thành phố", en: "Whole city" },
  cAudit: { vi: "Nhật ký thao tác", en: "Audit log" },
  cAuditTime: { vi: "Thời gian", en: "Time" },
  cAuditActor: { vi: "Người thực hiện", en: "Actor" },
  cAuditAction: { vi: "Thao tác", en: "Action" },
  cAuditTarget: { vi: "Đối tượng", en: "Target" },
  cAuditDetail: { vi: "Chi tiết", en: "Detail" },
  cAuditUnit: { vi: "Mã đơn vị", en: "Unit code" },
  cAuditPeriod: { vi: "Kỳ", en: "Period" },
  cAuditAny: { vi: "Mọi thao tác", en: "Any action" },
  cAuditSearch: { vi: "Tìm", en: "Search" },
  cAuditOlder: { vi: "Cũ hơn", en: "Older" },
  cAuditNone: { vi: "Không có mục nào.", en: "No entries." },
  cAuditCentral: { vi: "Văn phòng", en: "Central office" },
  cAuditUnitActor: { vi: "Đơn vị {unit}", en: "Unit {unit}" },
  aSubmit: { vi: "Gửi báo cáo", en: "Report submitted" },
  aReviewAccept: { vi: "Chấp nhận báo cáo", en: "Report accepted" },
  aReviewReturn: { vi: "Trả lại báo cáo", en: "Report returned" },
  aPeriodLock: { vi: "Khóa sổ kỳ", en: "Period locked" },
  aPeriodUnlock: { vi: "Mở lại kỳ", en: "Period reopened" },
  aUnitCreate: { vi: "Thêm đơn vị", en: "Unit added" },
  aUnitUpdate: { vi: "Sửa đơn vị", en: "Unit changed" },
  aTokenIssue: { vi: "Cấp mã truy cập", en: "Token issued" },
  aTokenRevoke: { vi: "Thu hồi mã truy cập", en: "Token revoked" },
  dReason: { vi: "Lý do", en: "Reason" },
  dComment: { vi: "Ý kiến", en: "Comment" },
  dVersion: { vi: "Phiên bản", en: "Version" },
  dReceipt: { vi: "Biên nhận", en: "Receipt" },
  dWarnings: { vi: "Cảnh báo", en: "Warnings" },
  cKpi: { vi: "Chỉ tiêu so với mục tiêu", en: "Rates against their targets" },
  cKpiTarget: { vi: "mục tiêu {target}", en: "target {target}" },
  cDerivedList: { vi: "Đơn vị có số liệu tổng hợp từ các báo cáo tháng: {names}.", en: "Units whose figures were derived from their monthly reports: {names}." },
  excelError: { vi: "Excel báo lỗi: {message}", en: "Excel reported an error: {message}" },
} as const;

export type StringKey = keyof typeof STRINGS;

const LangContext = createContext<Lang>("vi");

/** Provides the language to the components below. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** A translator for the current language: t("key", { n: 3 }). */
export function useT() {
  const lang = useContext(LangContext);
  return (key: StringKey, params: Record<string, string | number> = {}) =>
    STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The current language. */
export function useLang(): Lang {
  return useContext(LangContext);
}
