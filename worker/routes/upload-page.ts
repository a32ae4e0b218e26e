import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Levels } from "../../shared/units/levels.ts";
import { levelsOf } from "../config.ts";
import type { AppEnv } from "../app-env.ts";

/** The levels from the top with their Vietnamese names, for the page's script (safe inside <script>). */
const levelNames = (levels: Levels) =>
  JSON.stringify(levels.map((level) => [level.id, level.name.vi, level.historical === true])).replace(/</g, "\\u003c");

/**
 * `/upload`: the page for units without the add-in (LibreOffice, WPS, an old Excel). Plain HTML
 * and JavaScript, no build step: sign in with the unit's token, download the form, upload it
 * filled, see the receipts or the errors by sheet, cell and column. Steps 2 and 3 stay disabled
 * until the sign-in succeeds; each step says what it did and what comes next, and the upload's
 * answer takes the focus so that it is read out and scrolled into view on a phone.
 *
 * The token is kept in sessionStorage only once /api/v1/me has accepted it. The period's note
 * gives a unit its own level's deadline; the central office, filing for a unit, that unit's level's
 * (from GET /api/v1/units), else every level's, and calls the period overdue only when it is past
 * for the levels concerned.
 */
const page = (levels: Levels) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gửi báo cáo bằng tệp Excel — baocao</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; } .en { color: #616161; font-size: .9rem; }
  fieldset { border: 1px solid #d1d1d1; border-radius: 6px; margin: 1rem 0; padding: .75rem 1rem; min-width: 0; }
  fieldset:disabled { color: #707070; background: #fafafa; }
  legend { font-weight: 600; padding: 0 .25rem; } label { display: block; margin: .6rem 0 .15rem; font-weight: 600; }
  .hint { display: block; color: #424242; font-size: .9rem; margin: 0 0 .2rem; }
  input[type=text], input[type=password], select { font: inherit; padding: .4rem .5rem; width: 100%; max-width: 26rem; box-sizing: border-box; }
  input[readonly] { background: #f5f5f5; border: 1px solid #d1d1d1; }
  input[type=file] { font: inherit; max-width: 100%; }
  button { font: inherit; padding: .45rem 1rem; margin-top: .6rem; cursor: pointer; min-height: 2.5rem; }
  :focus-visible { outline: 3px solid #0f6cbd; outline-offset: 2px; }
  .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; } .row input { flex: 1 1 16rem; } .row button { margin-top: 0; }
  .who { margin: .5rem 0 0; } .who strong { font-size: 1.05rem; }
  .note { margin: .5rem 0 0; } .note:empty, .msg:empty { display: none; }
  .msg { margin: .75rem 0 0; padding: .6rem .8rem; border-radius: 6px; }
  .ok { background: #f1faf1; border: 1px solid #6bb700; } .bad { background: #fdf3f4; border: 1px solid #d13438; }
  .msg:focus { outline: 3px solid #0f6cbd; }
  table { border-collapse: collapse; margin-top: .5rem; width: 100%; background: #fff; }
  td, th { border: 1px solid #d1d1d1; padding: .3rem .45rem; text-align: left; vertical-align: top; }
  .cell { font-family: Consolas, monospace; font-weight: 600; white-space: nowrap; }
  .tip { display: block; margin-top: .25rem; color: #424242; }
  @media (max-width: 40rem) {
    body { margin: 1rem auto; }
    table, tbody, tr, td { display: block; width: 100%; box-sizing: border-box; } thead { display: none; }
    tr { border: 1px solid #d1d1d1; border-radius: 6px; margin-top: .5rem; padding: .25rem .5rem; }
    td { border: 0; padding: .15rem 0; } td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  }
</style>
</head>
<body>
<h1>Gửi báo cáo bằng tệp Excel</h1>
<p>Dành cho đơn vị không dùng add-in Excel. Làm theo ba bước: <b>1.</b> đăng nhập bằng mã truy cập;
<b>2.</b> tải biểu mẫu về, điền số liệu vào các ô nền vàng bằng LibreOffice, WPS hay Excel rồi lưu dưới dạng <b>.xlsx</b>;
<b>3.</b> tải tệp lên. Tệp được kiểm tra theo cùng quy tắc như add-in; nếu có lỗi, trang chỉ rõ trang tính, ô và cột cần sửa.</p>
<p class="en" lang="en">File a report without the add-in: sign in, download the form, fill it in LibreOffice, WPS or any Excel, upload it.</p>

<form id="signin-step">
<fieldset>
  <legend>Bước 1. Đăng nhập</legend>
  <label for="token">Mã truy cập của đơn vị (Văn phòng cấp)</label>
  <span class="hint" id="token-hint">Mã bắt đầu bằng bcu_. Chỉ được giữ trong thẻ trình duyệt này cho đến khi đóng thẻ.</span>
  <div class="row">
    <input id="token" type="password" autocomplete="off" aria-describedby="token-hint">
    <button id="signin" type="submit">Đăng nhập</button>
  </div>
  <div id="who" class="who" role="status" aria-live="polite"></div>
</fieldset>
</form>

<form id="download-step">
<fieldset id="step2" disabled>
  <legend>Bước 2. Tải biểu mẫu</legend>
  <p class="note" id="step2-locked">Đăng nhập ở bước 1 trước.</p>
  <label for="unit">Mã đơn vị</label>
  <input id="unit" type="text" aria-describedby="unit-hint">
  <span class="hint" id="unit-hint"></span>
  <label for="period">Kỳ báo cáo</label>
  <span class="hint" id="period-hint">Tháng 11/2026: 2026-11 · quý 4/2026: 2026-Q4 · 6 tháng cuối năm: 2026-H2 · cả năm: 2026.</span>
  <input id="period" type="text" inputmode="text" aria-describedby="period-hint period-info">
  <div id="period-info" class="note" aria-live="polite"></div>
  <label for="form">Biểu</label>
  <select id="form"><option value="all">Tất cả các biểu</option></select>
  <div><button id="download" type="submit">Tải biểu mẫu (.xlsx)</button></div>
  <div id="download-status" class="msg" role="status" aria-live="polite"></div>
</fieldset>
</form>

<form id="upload-step">
<fieldset id="step3" disabled>
  <legend>Bước 3. Tải lên tệp đã điền</legend>
  <p class="note" id="step3-locked">Đăng nhập ở bước 1 trước.</p>
  <label for="file">Tệp .xlsx đã điền</label>
  <span class="hint" id="file-hint">Tệp tải ở bước 2, đã điền và lưu dạng .xlsx. Giữ nguyên tên các trang tính.</span>
  <input id="file" type="file" aria-describedby="file-hint" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
  <div><button id="upload" type="submit">Gửi báo cáo</button></div>
</fieldset>
</form>

<div id="status" class="msg" tabindex="-1" role="status" aria-live="polite"></div>
<p><a href="/">← Trang chủ</a></p>

<script>
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  var TOKEN_KEY = "baocao.token";
  var LEVELS = ${levelNames(levels)}; // [level, its name, historical], from the top
  var forms = {};
  var role = ""; // "unit" or "central" once signed in
  var units = null; // central: unit code → {name, level}, from GET /api/v1/units (null when it could not be read)
  var today = new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10); // the date in Việt Nam (UTC+7)
  $("period").value = today.slice(0, 7);
  $("token").value = sessionStorage.getItem(TOKEN_KEY) || "";

  function esc(text) { return String(text).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function say(id, kind, html) { var s = $(id); s.className = "msg " + kind; s.innerHTML = html; }
  function auth() { return { Authorization: "Bearer " + $("token").value.trim() }; }
  function failure(body, status) {
    return (body && body.error && body.error.message) || ("Máy chủ báo lỗi (mã " + status + "). Thử lại sau; nếu vẫn lỗi, báo Văn phòng.");
  }
  function day(iso) { var p = iso.split("-"); return p[2] + "/" + p[1] + "/" + p[0]; }
  function periodName(p) {
    var y = p.id.slice(0, 4);
    if (p.type === "month") return "Tháng " + p.id.slice(5) + "/" + y;
    if (p.type === "quarter") return "Quý " + p.id.slice(6) + "/" + y;
    if (p.type === "half-year") return (p.id.slice(6) === "1" ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
    return "Năm " + y;
  }
  function setSignedIn(on) {
    ["step2", "step3"].forEach(function (id) { $(id).disabled = !on; });
    $("step2-locked").textContent = on ? "" : "Đăng nhập ở bước 1 trước.";
    $("step3-locked").textContent = on ? "" : "Đăng nhập ở bước 1 trước.";
  }

  async function showPeriod() {
    var id = $("period").value.trim();
    var info = $("period-info");
    info.className = "note";
    if (!id) { info.textContent = ""; return; }
    var res = await fetch("/api/v1/periods/" + encodeURIComponent(id), { headers: auth() });
    var body = await res.json().catch(function () { return null; });
    if ($("period").value.trim() !== id) return; // typed on meanwhile: a newer answer follows
    if (!res.ok) { info.className = "note msg bad"; info.textContent = failure(body, res.status); return; }
    info.textContent = periodName(body) + ": số liệu từ " + day(body.start) + " đến " + day(body.end) + "; " + deadlineNote(body);
    await showPlanForms(id, $("unit").value.trim());
  }

  /** The plans' progress forms the unit files for the period (its own tasks), offered beside the catalogue's. */
  async function showPlanForms(id, code) {
    var select = $("form");
    Array.prototype.slice.call(select.querySelectorAll("option[data-plan]")).forEach(function (o) { o.remove(); });
    if (!code) return;
    var res = await fetch("/api/v1/progress-forms/" + encodeURIComponent(id) + "/" + encodeURIComponent(code), { headers: auth() });
    var list = res.ok ? await res.json().catch(function () { return null; }) : null;
    if (!Array.isArray(list) || $("period").value.trim() !== id) return;
    list.forEach(function (f) {
      forms[f.id] = f;
      var o = document.createElement("option"); o.value = f.id; o.setAttribute("data-plan", "");
      o.textContent = f.layout.code + " — " + f.title.vi; select.appendChild(o);
    });
  }

  /**
   * The deadline and whether it is past. A unit's token gets its own level's deadline as "deadline".
   * The central office gets the general one: it is told the deadline of the unit it files for when
   * that unit is known, else each level's, and "overdue" only for the levels whose deadline is past.
   */
  function deadlineNote(p) {
    var late = " Đã quá hạn: vẫn gửi được, báo cáo được ghi là gửi muộn.";
    var locked = " Kỳ này đã khóa: Văn phòng không nhận thêm báo cáo.";
    var names = {}; LEVELS.forEach(function (l) { names[l[0]] = l[1]; });
    if (role !== "central" || !p.deadlines) {
      return "hạn gửi " + day(p.deadline) + "." + (p.locked ? locked : p.deadline < today ? late : "");
    }
    var code = $("unit").value.trim();
    var unit = units && units[code];
    // A code the central office mistyped: say so before the deadlines of every level.
    var unknown = units && code && !unit ? "không có đơn vị mã «" + code + "» trong danh sách; " : "";
    if (unit && p.deadlines[unit.level]) {
      var own = p.deadlines[unit.level];
      return "hạn gửi của " + unit.name + " (" + names[unit.level] + ") " + day(own) + "." + (p.locked ? locked : own < today ? late : "");
    }
    var byDate = {}, dates = [];
    // A historical level (the districts before 1 July 2025) is named only for a unit of its own.
    LEVELS.filter(function (l) { return !l[2]; }).forEach(function (l) {
      var d = p.deadlines[l[0]];
      if (!byDate[d]) { byDate[d] = []; dates.push(d); }
      byDate[d].push(l[1]);
    });
    var past = dates.filter(function (d) { return d < today; });
    if (dates.length === 1) return unknown + "hạn gửi " + day(dates[0]) + "." + (p.locked ? locked : past.length ? late : "");
    var text = unknown + "hạn gửi: " + dates.map(function (d) { return byDate[d].join(", ") + " " + day(d); }).join("; ") + ".";
    if (p.locked) return text + locked;
    if (past.length === dates.length) return text + late;
    if (past.length) {
      var levels = [];
      past.forEach(function (d) { levels = levels.concat(byDate[d]); });
      return text + " Đã quá hạn với " + levels.join(", ") + ": báo cáo của đơn vị các cấp này được ghi là gửi muộn.";
    }
    return text;
  }

  async function signIn() {
    var token = $("token").value.trim();
    if (!token) { $("who").innerHTML = '<span class="msg bad" style="display:block">Nhập mã truy cập rồi bấm «Đăng nhập».</span>'; $("token").focus(); return; }
    var me = await fetch("/api/v1/me", { headers: auth() });
    var body = await me.json().catch(function () { return null; });
    if (!me.ok) {
      setSignedIn(false);
      role = ""; units = null;
      // A rejected token is never kept: a reload must not sign in with it again.
      if (me.status === 401 && sessionStorage.getItem(TOKEN_KEY) === token) sessionStorage.removeItem(TOKEN_KEY);
      $("token").setAttribute("aria-invalid", "true");
      $("who").innerHTML = '<span class="msg bad" style="display:block">' + esc(failure(body, me.status)) + "</span>";
      $("token").focus();
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token); // accepted: kept in this tab until it is closed
    $("token").removeAttribute("aria-invalid");
    role = body.role;
    units = null;
    var signedIn;
    if (body.role === "unit") {
      $("unit").value = body.unit.code; $("unit").readOnly = true;
      $("unit-hint").textContent = "Mã của đơn vị đã đăng nhập.";
      signedIn = "Đã đăng nhập: <strong>" + esc(body.unit.name) + "</strong> (" + esc(body.unit.code) + "). Tiếp theo: chọn kỳ và biểu, tải biểu mẫu ở bước 2.";
    } else {
      $("unit").readOnly = false;
      $("unit-hint").textContent = "Văn phòng gửi thay đơn vị: nhập mã của đơn vị đó.";
      signedIn = "Đã đăng nhập: <strong>Văn phòng</strong> (tài khoản trung tâm). Nhập mã đơn vị cần gửi thay ở bước 2.";
    }
    if (body.role === "central") {
      // The units' levels, for each unit's own deadline; without them the page shows every level's.
      var unitsRes = await fetch("/api/v1/units", { headers: auth() });
      var unitList = unitsRes.ok ? await unitsRes.json().catch(function () { return null; }) : null;
      if (Array.isArray(unitList)) {
        units = {};
        unitList.forEach(function (u) { units[u.code] = { name: u.name, level: u.level }; });
      }
    }
    var formsRes = await fetch("/api/v1/forms", { headers: auth() });
    var list = await formsRes.json().catch(function () { return null; });
    if (!formsRes.ok || !Array.isArray(list)) {
      setSignedIn(false);
      $("who").innerHTML = '<span class="msg bad" style="display:block">Không tải được danh sách biểu mẫu: ' +
        esc(formsRes.ok ? "máy chủ trả lời không đúng định dạng. Thử lại sau; nếu vẫn lỗi, báo Văn phòng." : failure(list, formsRes.status)) + "</span>";
      return;
    }
    var select = $("form");
    select.innerHTML = '<option value="all">Tất cả các biểu</option>';
    list.forEach(function (f) {
      forms[f.id] = f;
      var o = document.createElement("option"); o.value = f.id; o.textContent = f.layout.code + " — " + f.title.vi; select.appendChild(o);
    });
    setSignedIn(true);
    // Said once steps 2 and 3 are open: "signed in" while they are still greyed out would mislead.
    $("who").innerHTML = signedIn;
    await showPeriod();
  }

  async function download() {
    var url = "/api/v1/forms/" + encodeURIComponent($("form").value) + ".xlsx?period=" + encodeURIComponent($("period").value.trim()) +
      "&unit=" + encodeURIComponent($("unit").value.trim());
    var res = await fetch(url, { headers: auth() });
    if (!res.ok) { say("download-status", "bad", esc(failure(await res.json().catch(function () { return null; }), res.status))); return; }
    var name = "bieu-mau.xlsx";
    var disposition = res.headers.get("Content-Disposition") || "";
    var m = /filename\\*=UTF-8''([^;]+)/.exec(disposition);
    if (m) name = decodeURIComponent(m[1]);
    var a = document.createElement("a");
    a.href = URL.createObjectURL(await res.blob()); a.download = name; document.body.appendChild(a); a.click(); a.remove();
    say("download-status", "ok", "Đã tải tệp <b>" + esc(name) + "</b> (xem thư mục Tải về). Tiếp theo: mở tệp, điền các ô nền vàng, " +
      "lưu dạng .xlsx, rồi chọn tệp đó ở bước 3.");
  }

  /** The column of an issue's first cell key ("col" or "row.col"): its number on the sheet and its label. */
  function columnOf(formId, key) {
    var form = forms[formId];
    if (!form || !key) return "";
    var id = key.slice(key.lastIndexOf(".") + 1);
    var column = form.columns.filter(function (c) { return c.id === id; })[0];
    if (!column) return "";
    var n = form.layout.leadColumns.length + form.layout.order.indexOf(id) + 1;
    return "(" + n + ") " + column.label.vi;
  }
  function fix(e) {
    var extra = "";
    if (typeof e.expected === "number") extra += '<span class="tip">Giá trị đúng: <b>' + esc(e.expected) + "</b>.</span>";
    if (e.rule === "type") extra += '<span class="tip">Gõ số nguyên, không có dấu chấm hay dấu phẩy phân cách hàng nghìn: ví dụ 1209, không phải 1.209.</span>';
    return esc(e.message) + extra;
  }
  function errorRow(formId, e) {
    var title = forms[formId] ? forms[formId].title.vi : formId;
    return "<tr><td data-label=\\"Biểu\\">" + esc(title) + "</td><td data-label=\\"Trang tính\\">" + (e.sheet ? "«" + esc(e.sheet) + "»" : "(không có trong tệp)") +
      '</td><td data-label="Ô" class="cell">' + esc(e.cell || "—") + '</td><td data-label="Cột">' + esc(columnOf(formId, e.columns[0])) +
      '</td><td data-label="Lỗi và cách sửa">' + fix(e) + "</td></tr>";
  }
  function answer(kind, html) { say("status", kind, html); $("status").focus(); $("status").scrollIntoView({ block: "start" }); }

  async function upload() {
    var file = $("file").files[0];
    if (!file) { answer("bad", "Chưa chọn tệp: ở bước 3, bấm nút chọn tệp và chọn tệp .xlsx đã điền."); return; }
    var url = "/api/v1/uploads/" + encodeURIComponent($("period").value.trim()) + "/" + encodeURIComponent($("unit").value.trim());
    var headers = auth(); headers["Content-Type"] = XLSX;
    var res = await fetch(url, { method: "POST", headers: headers, body: file });
    var body = await res.json().catch(function () { return null; });
    if (res.status === 200 || res.status === 201) {
      var rows = Object.keys(body.forms).map(function (id) {
        var r = body.forms[id];
        return '<tr><td data-label="Biểu">' + esc(forms[id] ? forms[id].title.vi : id) + '</td><td data-label="Biên nhận" class="cell">' + esc(r.receipt) +
          '</td><td data-label="Phiên bản">' + r.version + '</td><td data-label="Thời hạn">' + (r.late ? "Gửi muộn" : "Đúng hạn") +
          '</td><td data-label="Cảnh báo">' + (r.warnings.map(function (w) { return esc(w.message); }).join("<br>") || "Không có") + "</td></tr>";
      }).join("");
      answer("ok", "<b>Đã nhận báo cáo.</b> Giữ số biên nhận để đối chiếu; muốn sửa, tải lên tệp mới: phiên bản mới thay phiên bản cũ." +
        "<table><thead><tr><th>Biểu</th><th>Biên nhận</th><th>Phiên bản</th><th>Thời hạn</th><th>Cảnh báo</th></tr></thead><tbody>" + rows + "</tbody></table>");
      return;
    }
    if (res.status === 422) {
      var lines = [];
      Object.keys(body.forms).forEach(function (id) {
        body.forms[id].errors.forEach(function (e) { lines.push(errorRow(id, e)); });
      });
      answer("bad", "<b>Báo cáo chưa được nhận: có " + lines.length + " lỗi.</b> Mở tệp, sửa từng ô dưới đây, lưu lại rồi tải lên lại ở bước 3." +
        "<table><thead><tr><th>Biểu</th><th>Trang tính</th><th>Ô</th><th>Cột</th><th>Lỗi và cách sửa</th></tr></thead><tbody>" + lines.join("") + "</tbody></table>");
      return;
    }
    answer("bad", "<b>Báo cáo chưa được nhận.</b> " + esc(failure(body, res.status)));
  }

  function guard(fn, where) {
    return function (event) {
      if (event) event.preventDefault();
      fn().catch(function (e) { say(where, "bad", esc("Không kết nối được máy chủ (" + e.message + "). Kiểm tra mạng rồi thử lại.")); });
    };
  }
  $("signin-step").addEventListener("submit", guard(signIn, "who"));
  $("download-step").addEventListener("submit", guard(download, "download-status"));
  $("upload-step").addEventListener("submit", guard(upload, "status"));
  var periodTimer = 0;
  function periodLater() { clearTimeout(periodTimer); periodTimer = setTimeout(guard(showPeriod, "download-status"), 400); }
  $("period").addEventListener("input", periodLater);
  $("unit").addEventListener("input", function () {
    if (role !== "central") return;
    periodLater(); // the unit's level may change the deadline
    // A code not in the unit list is said at the field itself, not only in the period's line.
    var code = $("unit").value.trim();
    var unknown = units && code && !units[code];
    $("unit").setAttribute("aria-invalid", unknown ? "true" : "false");
    $("unit-hint").textContent = unknown ? "Không có đơn vị mã «" + code + "» trong danh sách: kiểm tra lại mã." : "Văn phòng gửi thay đơn vị: nhập mã của đơn vị đó.";
    $("unit-hint").className = unknown ? "hint msg bad" : "hint";
  });
  if ($("token").value) guard(signIn, "who")();
})();
</script>
</body>
</html>`;

/** The upload page at `/upload`. */
export function mountUploadPage(app: OpenAPIHono<AppEnv>): void {
  app.get("/upload", (c) => c.html(page(levelsOf(c.env))));
}
