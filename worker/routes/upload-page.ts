import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Levels } from "../../shared/units/levels.ts";
import { levelsOf } from "../config.ts";
import type { AppEnv } from "../app-env.ts";

/** The deployment's levels as JSON inside the page: `<` escaped, so no text of theirs can close the script element. */
const levelsJson = (levels: Levels) => JSON.stringify(levels).replace(/</g, "\\u003c");

/**
 * `/upload`: the page for units without the add-in (LibreOffice, WPS, an old Excel): sign in with
 * the unit's token, download the form, upload it filled, see the receipts or the errors by sheet,
 * cell and column. This is its HTML, with the deployment's levels for the deadline note; its
 * script (addin/upload/, the steps and their wording) and its style are built by `npm run build`
 * into the static assets under /upload/, which answer before the worker.
 */
const page = (levels: Levels) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gửi báo cáo bằng tệp Excel — baocao</title>
<link rel="stylesheet" href="/upload/upload.css">
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
  <span class="hint" id="period-hint">Tháng 11/2026: 2026-11 · quý IV/2026: 2026-Q4 · 6 tháng cuối năm: 2026-H2 · cả năm: 2026.</span>
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

<script type="application/json" id="levels">${levelsJson(levels)}</script>
<script src="/upload/upload.js"></script>
</body>
</html>`;

/** The upload page at `/upload`. */
export function mountUploadPage(app: OpenAPIHono<AppEnv>): void {
  app.get("/upload", (c) => c.html(page(levelsOf(c.env))));
}
