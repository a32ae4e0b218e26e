import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoPlan, demoSeedSql } from "./demo/seed-sql.ts";
import { demoKpiPlans } from "./demo/kpi-plans.ts";
import { ensureAdminToken, hasDevVar } from "./dev-vars.ts";
import { startDev, wrangler } from "./wrangler.ts";

/**
 * `npm start`: the whole product on this machine. Local D1 migrated and seeded once with the demo
 * city, `.dev.vars` holding the central token, `wrangler dev` on 127.0.0.1:$PORT (8787).
 */
const port = Number(process.env.PORT ?? 8787);
const host = "127.0.0.1";
const base = `http://${host}:${port}`;

const admin = ensureAdminToken();
console.log(admin.created ? "Tạo .dev.vars với mã quản trị mới (ADMIN_TOKEN)." : "Dùng mã quản trị có sẵn trong .dev.vars.");

console.log("Áp dụng migrations cho D1 cục bộ…");
wrangler(["d1", "migrations", "apply", "baocao", "--local"]);

const counted = JSON.parse(wrangler(["d1", "execute", "baocao", "--local", "--json", "--command", "SELECT count(*) AS n FROM units"]));
const unitCount = Number(counted?.[0]?.results?.[0]?.n ?? 0);
if (unitCount === 0) {
  console.log("Nạp dữ liệu mẫu (Quảng Ninh: sở, ngành, huyện, một số xã; các tháng 6–11/2026)…");
  const dir = mkdtempSync(join(tmpdir(), "baocao-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, demoSeedSql());
  try {
    wrangler(["d1", "execute", "baocao", "--local", "--file", file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log(`Dữ liệu đã có (${unitCount} đơn vị): giữ nguyên.`);
}

// The demo's plan, unless .dev.vars sets the deployment's own (KPI_PLANS).
const planVar = hasDevVar("KPI_PLANS") ? [] : ["--var", `KPI_PLANS:${JSON.stringify(demoKpiPlans)}`];
const dev = await startDev(["--ip", host, "--port", String(port), "--show-interactive-dev-session=false", ...planVar], (line) => {
  if (/\[wrangler:(info|warn|error)\]|ERROR|Error/.test(line) && !/workers\.cloudflare\.com|ENOTFOUND|getaddrinfo|Request\.cf/.test(line)) console.log(line);
});
const stop = () => {
  dev.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
dev.on("exit", (code) => process.exit(code ?? 0));

async function issueToken(unit: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/units/${unit}/tokens`, { method: "POST", headers: { Authorization: `Bearer ${admin.token}` } });
  if (response.status !== 201) throw new Error(`could not issue a demo token for ${unit}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

const demoUnits = ["QN-SO-06", "QN-HUYEN-01", "QN-XA-01"];
const tokens = await Promise.all(demoUnits.map(issueToken));
const lastMonth = demoPlan.months[demoPlan.months.length - 1];

console.log(`
baocao đang chạy tại ${base}
  Trang chủ:            ${base}/
  Văn phòng:            ${base}/central/index.html   (đăng nhập bằng mã quản trị)
  Đơn vị không có Excel: ${base}/upload
  Ngăn tác vụ Excel:    ${base}/addin/taskpane.html   (cài vào Excel: docs/addin-install.md)
  API v1:               ${base}/api/v1   (OpenAPI: ${base}/api/openapi.json)

Mã quản trị (Văn phòng, ADMIN_TOKEN trong .dev.vars):
  ${admin.token}

Mã đơn vị mẫu (cấp mới mỗi lần chạy; mã cũ vẫn dùng được):
${demoUnits.map((unit, i) => `  ${unit.padEnd(12)} ${tokens[i]}`).join("\n")}

Thử nhanh:
  curl -H "Authorization: Bearer ${admin.token}" ${base}/api/v1/status/${lastMonth}
  curl -H "Authorization: Bearer ${admin.token}" ${base}/api/v1/reports/2026-Q3/dossiers

Dừng: Ctrl+C.`);
