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
