import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoPlan, demoSeedSql } from "./demo/seed-sql.ts";
import { quangNinh2017SeedSql, THREE_TIERS } from "./demo/quang-ninh-2017.ts";
import { demoKpiPlans } from "./demo/kpi-plans.ts";
import { ensureAdminToken, hasDevVar } from "./dev-vars.ts";
import { startLocalWorker } from "./local-worker.ts";
import { wrangler } from "./wrangler.ts";

/**
 * `npm start`: the whole product on this machine. Local D1 migrated and seeded once with the demo
 * province (two tiers, with the three-tier history), `.dev.vars` holding the central token, the
 * worker on 127.0.0.1:$PORT (8787) through wrangler's dev machinery as the e2e tests run it
 * (scripts/local-worker.ts): the addresses are printed once its code is loaded, wrangler.jsonc is not
 * watched, and a reload (an edit of the worker's code) is said on the console, since a request in
 * flight then gets wrangler's 503 "Your worker restarted mid-request" (the add-in's outbox resends it).
 * `--demo=2017` (npm run start:2017) runs the 2017 Quảng Ninh three-tier example instead, in a
 * database of its own.
 */
const port = Number(process.env.PORT ?? 8787);
const host = "127.0.0.1";
const base = `http://${host}:${port}`;
const example2017 = process.argv.includes("--demo=2017");
/** The 2017 example keeps its own local database, beside the demo's. */
const persistDir = example2017 ? ".wrangler/demo-2017" : ".wrangler/state";
const persist = ["--persist-to", persistDir];

const admin = ensureAdminToken();
console.log(admin.created ? "Tạo .dev.vars với mã quản trị mới (ADMIN_TOKEN)." : "Dùng mã quản trị có sẵn trong .dev.vars.");

console.log("Áp dụng migrations cho D1 cục bộ…");
wrangler(["d1", "migrations", "apply", "baocao", "--local", ...persist]);

const counted = JSON.parse(wrangler(["d1", "execute", "baocao", "--local", ...persist, "--json", "--command", "SELECT count(*) AS n FROM units"]));
const unitCount = Number(counted?.[0]?.results?.[0]?.n ?? 0);
if (unitCount === 0) {
  console.log(example2017
    ? "Nạp ví dụ Quảng Ninh 2017 (ba cấp: sở, ngành, huyện, một số xã; bảng TTHC tại Trung tâm 6 tháng đầu năm 2017)…"
    : "Nạp dữ liệu mẫu (tỉnh hai cấp: sở, ngành và xã, phường mới; lịch sử huyện, xã cũ đến 30/6/2025; các tháng 6–11/2026)…");
  const dir = mkdtempSync(join(tmpdir(), "baocao-seed-"));
  const file = join(dir, "seed.sql");
  writeFileSync(file, example2017 ? quangNinh2017SeedSql() : demoSeedSql());
  try {
    wrangler(["d1", "execute", "baocao", "--local", ...persist, "--file", file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log(`Dữ liệu đã có (${unitCount} đơn vị): giữ nguyên.`);
}

// The demo's plan, unless .dev.vars sets the deployment's own (KPI_PLANS).
const vars: Record<string, string> = hasDevVar("KPI_PLANS") ? {} : { KPI_PLANS: JSON.stringify(demoKpiPlans) };
// The 2017 example's three tiers are all in use; the demo keeps the built-in levels (two tiers, districts for history).
if (example2017) vars.LEVELS = JSON.stringify(THREE_TIERS);
// Wrangler in this process: no prompts, telemetry or update checks, as for its commands above.
Object.assign(process.env, { CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", CLOUDFLARE_CF_FETCH_ENABLED: "false" });
const worker = await startLocalWorker({ config: "wrangler.jsonc", persist: persistDir, adminToken: admin.token, port, vars });
const stop = () => void worker.dispose().finally(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

async function issueToken(unit: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/units/${unit}/tokens`, { method: "POST", headers: { Authorization: `Bearer ${admin.token}` } });
  if (response.status !== 201) throw new Error(`could not issue a demo token for ${unit}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

const demoUnits = example2017 ? ["QN-SO-06", "QN-HUYEN-01", "QN-XA-01"] : ["QN-SO-06", "QN-XA-11"];
const tokens = await Promise.all(demoUnits.map(issueToken));
const lastMonth = example2017 ? "2017-H1" : demoPlan.months[demoPlan.months.length - 1];

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
  curl -H "Authorization: Bearer ${admin.token}" ${base}/api/v1/reports/${example2017 ? "2017-H1/centers" : "2026-Q3/dossiers"}

Dừng: Ctrl+C.`);
