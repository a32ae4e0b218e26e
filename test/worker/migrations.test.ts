import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const db = env.MIGRATION_DB;
const byName = (prefix: string) => env.TEST_MIGRATIONS.filter((m) => m.name.startsWith(prefix));
const upTo = (last: string) => env.TEST_MIGRATIONS.filter((m) => m.name <= last);

describe("migration 0005: levels as data", () => {
  it("keeps every unit, token, report and version, drops the three-level CHECK and keeps the foreign keys", async () => {
    await applyD1Migrations(db, upTo("0004_period_locks.sql"));
    const at = "2025-06-20T01:00:00.000Z";
    await db.batch([
      db.prepare("INSERT INTO units VALUES ('QN', 'UBND tỉnh', 'cap-tinh', NULL, ?1, ?1)").bind(at),
      db.prepare("INSERT INTO units VALUES ('QN-H1', 'Thành phố Hạ Long', 'cap-huyen', 'QN', ?1, ?1)").bind(at),
      db.prepare("INSERT INTO units VALUES ('QN-X1', 'Phường Hồng Gai', 'cap-xa', 'QN-H1', ?1, ?1)").bind(at),
      db.prepare("INSERT INTO unit_tokens (unit_code, token_hash, created_at) VALUES ('QN-X1', 'abc', ?1)").bind(at),
      db.prepare("INSERT INTO reports VALUES ('2025-05', 'dossiers', 'QN-H1', 1, 0, ?1, ?1)").bind(at),
      db.prepare(
        "INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, warnings_json) VALUES ('2025-05', 'dossiers', 'QN-H1', 1, 'R-1', 0, ?1, 'unit:QN-H1#1', '{}', '[]')",
      ).bind(at),
    ]);
    await expect(db.prepare("INSERT INTO units VALUES ('X', 'Thôn', 'cap-thon', NULL, ?1, ?1)").bind(at).run()).rejects.toThrow(/CHECK/);

    await applyD1Migrations(db, byName("0005"));

    const units = await db.prepare("SELECT code, name, level, parent, created_at FROM units ORDER BY code").all();
    expect(units.results).toEqual([
      { code: "QN", name: "UBND tỉnh", level: "cap-tinh", parent: null, created_at: at },
      { code: "QN-H1", name: "Thành phố Hạ Long", level: "cap-huyen", parent: "QN", created_at: at },
      { code: "QN-X1", name: "Phường Hồng Gai", level: "cap-xa", parent: "QN-H1", created_at: at },
    ]);
    expect((await db.prepare("SELECT COUNT(*) AS n FROM unit_tokens").first<{ n: number }>())!.n).toBe(1);
    expect((await db.prepare("SELECT receipt FROM submission_versions").first<{ receipt: string }>())!.receipt).toBe("R-1");
    // Any configured level id is stored now; the foreign keys still hold.
    await db.prepare("INSERT INTO units VALUES ('T1', 'Thôn 1', 'cap-thon', 'QN-X1', ?1, ?1)").bind(at).run();
    await expect(db.prepare("INSERT INTO units VALUES ('T2', 'Thôn 2', 'cap-thon', 'KHONG-CO', ?1, ?1)").bind(at).run()).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.prepare("INSERT INTO reports VALUES ('2025-05', 'dossiers', 'KHONG-CO', 1, 0, ?1, ?1)").bind(at).run()).rejects.toThrow(/FOREIGN KEY/);
    await expect(db.prepare("DELETE FROM submission_versions").run()).rejects.toThrow(/append-only/);
  });
});

describe("migration 0012: the latest figures kept on each report", () => {
  it("fills them from each report's latest version, and keeps them so for a new report, and for a version stored before or after its report moves to it", async () => {
    await applyD1Migrations(db, env.TEST_MIGRATIONS.filter((m) => m.name > "0005" && m.name < "0012"));
    const at = "2025-07-20T01:00:00.000Z";
    const version = (period: string, n: number, values: object) => db.prepare(
      `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, warnings_json)
       VALUES (?1, 'dossiers', 'QN-H1', ?2, ?3, 0, ?4, 'seed', ?5, '[]')`,
    ).bind(period, n, `R-${period}-${n}`, at, JSON.stringify(values));
    await db.batch([
      version("2025-05", 2, { a: 2 }),
      db.prepare("UPDATE reports SET latest_version = 2 WHERE period_id = '2025-05'"),
    ]);
    await applyD1Migrations(db, byName("0012"));
    const kept = () => db.prepare("SELECT period_id, latest_values_json FROM reports ORDER BY period_id").all();
    expect((await kept()).results).toEqual([{ period_id: "2025-05", latest_values_json: '{"a":2}' }]);

    const report = (period: string, latest: number) => db.prepare(
      "INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES (?1, 'dossiers', 'QN-H1', ?2, 0, ?3, ?3)",
    ).bind(period, latest, at);
    await db.batch([report("2025-06", 1), version("2025-06", 1, { b: 1 })]);
    await db.batch([report("2025-07", 0), db.prepare("UPDATE reports SET latest_version = 1 WHERE period_id = '2025-07'"), version("2025-07", 1, { c: 1 })]);
    await db.batch([version("2025-05", 3, { a: 3 }), db.prepare("UPDATE reports SET latest_version = 3 WHERE period_id = '2025-05'")]);
    expect((await kept()).results).toEqual([
      { period_id: "2025-05", latest_values_json: '{"a":3}' },
      { period_id: "2025-06", latest_values_json: '{"b":1}' },
      { period_id: "2025-07", latest_values_json: '{"c":1}' },
    ]);
  });
});
