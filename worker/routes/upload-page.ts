import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";

/**
 * `/upload`: the page for units without the add-in (LibreOffice, WPS, an old Excel). Plain HTML
 * and JavaScript, no build step: sign in with the unit's token, download the form, upload it
 * filled, see the receipts or the errors by cell.
 */
const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gửi báo cáo bằng tệp Excel — baocao</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; } .en { color: #616161; font-size: .9rem; }
  fieldset { border: 1px solid #d1d1d1; border-radius: 6px; margin: 1rem 0; padding: .75rem 1rem; }
  legend { font-weight: 600; } label { display: block; margin: .4rem 0 .15rem; }
  input[type=text], input[type=password], select { font: inherit; padding: .3rem .4rem; width: 100%; max-width: 26rem; box-sizing: border-box; }
  button { font: inherit; padding: .35rem 1rem; margin-top: .6rem; cursor: pointer; }
  #status { margin: 1rem 0; padding: .6rem .8rem; border-radius: 6px; display: none; }
  #status.ok { display: block; background: #f1faf1; border: 1px solid #6bb700; }
  #status.bad { display: block; background: #fdf3f4; border: 1px solid #d13438; }
  table { border-collapse: collapse; margin-top: .5rem; width: 100%; } td, th { border: 1px solid #d1d1d1; padding: .25rem .4rem; text-align: left; vertical-align: top; }
  .cell { font-family: Consolas, monospace; white-space: nowrap; }
</style>
</head>
<body>
<h1>Gửi báo cáo bằng tệp Excel</h1>
<p class="en">File a report without the add-in: download the form, fill it in LibreOffice, WPS or any Excel, upload it.</p>
<p>Dành cho đơn vị không dùng add-in: tải biểu mẫu về, điền số liệu vào các ô nền vàng bằng LibreOffice, WPS hay Excel,
lưu dưới dạng <b>.xlsx</b> rồi tải lên. Tệp được kiểm tra theo cùng quy tắc như add-in; lỗi được chỉ rõ theo ô.</p>

<fieldset>
  <legend>1. Đăng nhập</legend>
  <label for="token">Mã truy cập của đơn vị (Văn phòng cấp)</label>
  <input id="token" type="password" autocomplete="off">
  <button id="signin" type="button">Đăng nhập</button>
  <div id="who" class="en"></div>
</fieldset>

<fieldset>
  <legend>2. Tải biểu mẫu</legend>
  <label for="unit">Mã đơn vị</label>
  <input id="unit" type="text">
  <label for="period">Kỳ báo cáo (ví dụ 2026-11, 2026-Q4, 2026-H2, 2026)</label>
  <input id="period" type="text">
  <label for="form">Biểu</label>
  <select id="form"><option value="all">Tất cả các biểu</option></select>
  <button id="download" type="button">Tải biểu mẫu (.xlsx)</button>
</fieldset>

<fieldset>
  <legend>3. Tải lên tệp đã điền</legend>
  <label for="file">Tệp .xlsx đã điền</label>
  <input id="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
  <br><button id="upload" type="button">Gửi báo cáo</button>
</fieldset>

<div id="status" role="status" aria-live="polite"></div>
<p><a href="/">← Trang chủ</a></p>

<script>
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  var titles = {};
  var now = new Date(Date.now() + 7 * 3600000);
  $("period").value = now.toISOString().slice(0, 7);
  $("token").value = sessionStorage.getItem("baocao.token") || "";

  function esc(text) { return String(text).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function show(kind, html) { var s = $("status"); s.className = kind; s.innerHTML = html; }
  function auth() { return { Authorization: "Bearer " + $("token").value.trim() }; }
  function failure(body, status) {
    return (body && body.error && body.error.message) || ("Lỗi " + status);
  }

  async function signIn() {
    sessionStorage.setItem("baocao.token", $("token").value.trim());
    var me = await fetch("/api/v1/me", { headers: auth() });
    var body = await me.json().catch(function () { return null; });
    if (!me.ok) { $("who").textContent = ""; show("bad", esc(failure(body, me.status))); return; }
    if (body.role === "unit") { $("unit").value = body.unit.code; $("who").textContent = "Đơn vị: " + body.unit.name + " (" + body.unit.code + ")"; }
    else { $("who").textContent = "Văn phòng (tài khoản trung tâm): nhập mã đơn vị cần gửi thay."; }
    var forms = await (await fetch("/api/v1/forms", { headers: auth() })).json();
    var select = $("form");
    select.innerHTML = '<option value="all">Tất cả các biểu</option>';
    forms.forEach(function (f) {
      titles[f.id] = f.title.vi;
      var o = document.createElement("option"); o.value = f.id; o.textContent = f.layout.code + " — " + f.title.vi; select.appendChild(o);
    });
    show("ok", "Đã đăng nhập.");
  }

  async function download() {
    var url = "/api/v1/forms/" + encodeURIComponent($("form").value) + ".xlsx?period=" + encodeURIComponent($("period").value.trim()) +
      "&unit=" + encodeURIComponent($("unit").value.trim());
    var res = await fetch(url, { headers: auth() });
    if (!res.ok) { show("bad", esc(failure(await res.json().catch(function () { return null; }), res.status))); return; }
    var name = "bieu-mau.xlsx";
    var disposition = res.headers.get("Content-Disposition") || "";
    var m = /filename\\*=UTF-8''([^;]+)/.exec(disposition);
    if (m) name = decodeURIComponent(m[1]);
    var a = document.createElement("a");
    a.href = URL.createObjectURL(await res.blob()); a.download = name; document.body.appendChild(a); a.click(); a.remove();
    show("ok", "Đã tải <b>" + esc(name) + "</b>. Điền các ô nền vàng, lưu dạng .xlsx rồi tải lên ở bước 3.");
  }

  async function upload() {
    var file = $("file").files[0];
    if (!file) { show("bad", "Chưa chọn tệp."); return; }
    var url = "/api/v1/uploads/" + encodeURIComponent($("period").value.trim()) + "/" + encodeURIComponent($("unit").value.trim());
    var headers = auth(); headers["Content-Type"] = XLSX;
    var res = await fetch(url, { method: "POST", headers: headers, body: file });
    var body = await res.json().catch(function () { return null; });
    if (res.status === 200 || res.status === 201) {
      var rows = Object.keys(body.forms).map(function (id) {
        var r = body.forms[id];
        return "<tr><td>" + esc(titles[id] || id) + "</td><td>" + esc(r.receipt) + "</td><td>" + r.version + "</td><td>" +
          (r.late ? "Gửi muộn" : "Đúng hạn") + "</td><td>" + r.warnings.map(function (w) { return esc(w.message); }).join("<br>") + "</td></tr>";
      }).join("");
      show("ok", "<b>Đã nhận báo cáo.</b><table><tr><th>Biểu</th><th>Biên nhận</th><th>Phiên bản</th><th>Thời hạn</th><th>Cảnh báo</th></tr>" + rows + "</table>");
      return;
    }
    if (res.status === 422) {
      var lines = [];
      Object.keys(body.forms).forEach(function (id) {
        body.forms[id].errors.forEach(function (e) {
          lines.push("<tr><td>" + esc(titles[id] || id) + "</td><td class=cell>" + esc(e.sheet ? e.sheet + "!" : "") + esc(e.cell || "") +
            "</td><td>" + esc(e.message) + "</td></tr>");
        });
      });
      show("bad", "<b>Báo cáo chưa được nhận: sửa các lỗi sau rồi tải lên lại.</b><table><tr><th>Biểu</th><th>Ô</th><th>Lỗi</th></tr>" + lines.join("") + "</table>");
      return;
    }
    show("bad", esc(failure(body, res.status)));
  }

  function guard(fn) { return function () { fn().catch(function (e) { show("bad", esc("Không kết nối được máy chủ: " + e.message)); }); }; }
  $("signin").addEventListener("click", guard(signIn));
  $("download").addEventListener("click", guard(download));
  $("upload").addEventListener("click", guard(upload));
  if ($("token").value) guard(signIn)();
})();
</script>
</body>
</html>`;

/** The upload page at `/upload`. */
export function mountUploadPage(app: OpenAPIHono<AppEnv>): void {
  app.get("/upload", (c) => c.html(PAGE));
}
