import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>baocao — Báo cáo kiểm soát thủ tục hành chính</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; } .en { color: #616161; }
  code { background: #f5f5f5; padding: .1rem .3rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>Báo cáo kiểm soát thủ tục hành chính</h1>
<p class="en">Reporting on administrative-procedure control</p>
<p>Máy chủ tiếp nhận, kiểm tra và tổng hợp báo cáo định kỳ của các sở, ngành, huyện, xã.
Các đơn vị gửi báo cáo từ add-in Excel; Văn phòng theo dõi và tổng hợp qua API v1.</p>
<ul>
  <li><b>Văn phòng</b>: theo dõi kỳ báo cáo, đơn vị chưa gửi, số liệu tổng hợp, tải bảng tổng hợp —
    <a href="/central/index.html">/central/index.html</a> (đăng nhập bằng mã quản trị)</li>
  <li><b>Đơn vị không dùng add-in</b> (LibreOffice, WPS, Excel cũ): tải biểu mẫu, điền rồi tải lên —
    <a href="/upload">/upload</a></li>
  <li>API v1: <code>/api/v1</code>, đăng nhập bằng <code>Authorization: Bearer &lt;mã truy cập&gt;</code></li>
  <li>Tài liệu API (OpenAPI): <a href="/api/openapi.json">/api/openapi.json</a></li>
</ul>
<h2 id="cai-dat">Cài add-in Excel cho đơn vị</h2>
<ol>
  <li>Nhận tệp <code>manifest.xml</code> từ Văn phòng (bản phát triển: <a href="/addin/manifest.xml">/addin/manifest.xml</a>).</li>
  <li>Excel trên web: <b>Trang đầu → Bổ trợ → Thêm bổ trợ → Tải lên bổ trợ của tôi</b>, chọn tệp manifest.</li>
  <li>Excel trên Windows: Văn phòng đặt manifest vào thư mục chia sẻ và khai báo làm <b>danh mục bổ trợ tin cậy</b>
    (Tệp → Tùy chọn → Trung tâm tin cậy → Danh mục bổ trợ tin cậy); sau đó <b>Chèn → Bổ trợ của tôi → Thư mục dùng chung</b>.</li>
  <li>Excel trên Mac: chép manifest vào <code>~/Library/Containers/com.microsoft.Excel/Data/Documents/wef</code>, mở lại Excel.</li>
  <li>Mở thẻ <b>Trang đầu</b>, bấm <b>Mở báo cáo</b>, đăng nhập bằng mã truy cập Văn phòng cấp.</li>
</ol>
<p>Ngăn tác vụ: <a href="/addin/taskpane.html">/addin/taskpane.html</a> (mở trong trình duyệt chỉ để xem; nó chạy bên trong Excel).</p>
<p class="en">API v1 under <code>/api/v1</code> with a bearer token; the OpenAPI document is at
<a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>`;

/** The landing page at `/`. */
export function mountHome(app: OpenAPIHono<AppEnv>): void {
  app.get("/", (c) => c.html(PAGE));
}
