import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";

/** The landing page: where a unit files its report, where the central office works, how to install the add-in; the API last. */
const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>baocao — Báo cáo kiểm soát thủ tục hành chính</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #242424; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } .en { color: #616161; }
  code { background: #f5f5f5; padding: .1rem .3rem; border-radius: 3px; overflow-wrap: anywhere; }
  .ways { list-style: none; padding: 0; } .ways li { border: 1px solid #d1d1d1; border-radius: 6px; padding: .6rem .9rem; margin: .6rem 0; }
  .ways a { font-weight: 600; font-size: 1.05rem; }
  :focus-visible { outline: 3px solid #0f6cbd; outline-offset: 2px; }
  @media (max-width: 40rem) { body { margin: 1.5rem auto; } }
</style>
</head>
<body>
<h1>Báo cáo kiểm soát thủ tục hành chính</h1>
<p class="en" lang="en">Reporting on administrative-procedure control</p>
<p>Nơi các sở, ngành, huyện, xã gửi báo cáo định kỳ về kiểm soát thủ tục hành chính; số liệu được kiểm tra ngay khi gửi
và Văn phòng tổng hợp báo cáo của toàn tỉnh.</p>

<h2>Đơn vị gửi báo cáo</h2>
<ul class="ways">
  <li><a href="#cai-dat">Gửi từ Excel có cài add-in</a><br>Lập, kiểm tra và gửi báo cáo ngay trong Excel: xem cách cài đặt bên dưới.</li>
  <li><a href="/upload">Gửi báo cáo bằng tệp Excel</a><br>Không có add-in (LibreOffice, WPS, Excel cũ): đăng nhập bằng mã truy cập,
    tải biểu mẫu về, điền rồi tải lên.</li>
</ul>

<h2>Văn phòng</h2>
<ul class="ways">
  <li><a href="/central/index.html">Trang của Văn phòng</a><br>Theo dõi kỳ báo cáo, đơn vị chưa gửi, duyệt báo cáo, số liệu tổng hợp,
    tải bảng tổng hợp (đăng nhập bằng mã quản trị).</li>
</ul>

<h2 id="cai-dat">Cài add-in Excel cho đơn vị</h2>
<ol>
  <li><a href="/manifest.xml" download="manifest.xml">Tải manifest.xml</a>: tệp cài đặt add-in, làm sẵn cho đúng địa chỉ của trang này
    (hoặc nhận tệp <code>manifest.xml</code> từ Văn phòng). Mở trang bằng địa chỉ <b>https://</b> của máy chủ: Excel chỉ nạp add-in qua https.</li>
  <li>Excel trên web: <b>Trang đầu → Bổ trợ → Thêm bổ trợ → Tải lên bổ trợ của tôi</b>, chọn tệp manifest.</li>
  <li>Excel trên Windows: Văn phòng đặt manifest vào thư mục chia sẻ và khai báo làm <b>danh mục bổ trợ tin cậy</b>
    (Tệp → Tùy chọn → Trung tâm tin cậy → Danh mục bổ trợ tin cậy); sau đó <b>Chèn → Bổ trợ của tôi → Thư mục dùng chung</b>.</li>
  <li>Excel trên Mac: chép manifest vào <code>~/Library/Containers/com.microsoft.Excel/Data/Documents/wef</code>, mở lại Excel.</li>
  <li>Mở thẻ <b>Trang đầu</b>, bấm <b>Mở báo cáo</b>, đăng nhập bằng mã truy cập Văn phòng cấp.</li>
</ol>
<p>Ngăn tác vụ mở trong trình duyệt chỉ để xem (nó chạy bên trong Excel): <a href="/addin/taskpane.html">/addin/taskpane.html</a>.</p>

<h2>Dành cho bộ phận kỹ thuật</h2>
<ul>
  <li>API v1: <code>/api/v1</code>, đăng nhập bằng <code>Authorization: Bearer &lt;mã truy cập&gt;</code></li>
  <li>Tài liệu API (OpenAPI): <a href="/api/openapi.json">/api/openapi.json</a></li>
</ul>
<p class="en" lang="en">API v1 under <code>/api/v1</code> with a bearer token; the OpenAPI document is at
<a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>`;

/** The landing page at `/`; `/central` and `/central/` lead to the central office's page. */
export function mountHome(app: OpenAPIHono<AppEnv>): void {
  app.get("/", (c) => c.html(PAGE));
  // The static page is served by its file name only (assets without html_handling): a typed address finds it too.
  for (const path of ["/central", "/central/"]) app.get(path, (c) => c.redirect("/central/index.html", 302));
}
