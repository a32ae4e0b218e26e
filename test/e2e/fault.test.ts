import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startServer, wrangler, type Server } from "../../bench/wrangler.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";

/**
 * A worker killed (SIGKILL, no cleanup) in the middle of a burst of submissions, amendments, reviews
 * and locks, then started again on the same local D1 (issue 13): nothing is half-written (no version
 * without its report, values, warnings, receipt or audit row; no report whose latest version or kept
 * figures are missing; no review or lock event without its audit row), every receipt given is stored,
 * and every request the kill left unanswered, sent again with the same Idempotency-Key as the
 * add-in's outbox does, lands exactly once.
 */
const config = fileURLToPath(new URL("../../bench/wrangler.bench.jsonc", import.meta.url));
const admin = `fault_${Math.random().toString(36).slice(2)}_xxxxxxxxxxxxxxxx`;
const dossiers = forms.find((f) => f.id === "dossiers")!;
const centers = forms.find((f) => f.id === "centers")!;
const valuesOf = (form: typeof dossiers, k: number) => validateSubmission(form, scaledExample(form, k), { unitName: "x", previous: null }).values;

interface Sent { method: string; path: string; token: string; body?: unknown; key?: string; unit?: string; answer?: { status: number; json: Record<string, unknown> }; error?: string }

describe("a worker killed in the middle of a burst", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-fault-"));
  let server: Server | null = null;
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = async (base: string, request: Sent) => {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: { Authorization: `Bearer ${request.token}`, "Content-Type": "application/json", ...(request.key ? { "Idempotency-Key": request.key } : {}) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };

  it("leaves nothing half-written, and every retry with the same key lands exactly once", async () => {
    await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", config]);
    server = await startServer([config, String(await freePort()), dir, admin]);
    const units = Array.from({ length: 30 }, (_, i) => `FT-XA-${String(i + 1).padStart(2, "0")}`);
    const tokens = new Map<string, string>();
    for (const code of units) {
      expect((await send(server.url, { method: "PUT", path: `/api/v1/units/${code}`, token: admin, body: { name: `Xã thử sự cố ${code}`, level: "cap-xa", parent: null } })).status).toBe(201);
      tokens.set(code, (await send(server.url, { method: "POST", path: `/api/v1/units/${code}/tokens`, token: admin })).json.token as string);
      for (const month of ["2033-01", "2032-11"]) {
        expect((await send(server.url, { method: "PUT", path: `/api/v1/submissions/${month}/dossiers/${code}`, token: tokens.get(code)!, body: { values: valuesOf(dossiers, 1) } })).status).toBe(201);
      }
    }

    // The burst: per unit a new month, a second form, an amendment, and a review of a month it does not
    // amend meanwhile (reviewing a version amended at the same moment is rightly 409); a period locked and reopened.
    const burst: Sent[] = units.flatMap((code, i): Sent[] => [
      { method: "PUT", path: `/api/v1/submissions/2033-02/dossiers/${code}`, token: tokens.get(code)!, body: { values: valuesOf(dossiers, 2) }, key: `ft-${code}-a`, unit: code },
      { method: "PUT", path: `/api/v1/submissions/2033-02/centers/${code}`, token: tokens.get(code)!, body: { values: valuesOf(centers, 1 + (i % 3)) }, key: `ft-${code}-b`, unit: code },
      { method: "PUT", path: `/api/v1/submissions/2033-01/dossiers/${code}`, token: tokens.get(code)!, body: { values: valuesOf(dossiers, 3) }, key: `ft-${code}-c`, unit: code },
      { method: "POST", path: `/api/v1/reviews/2032-11/dossiers/${code}`, token: admin, body: { decision: "accepted", version: 1 } },
      ...(i % 10 === 0 ? [
        { method: "PUT", path: "/api/v1/periods/2032-12/lock", token: admin, body: { reason: "Khóa sổ thử" } },
        { method: "DELETE", path: "/api/v1/periods/2032-12/lock", token: admin, body: { reason: "Mở lại" } },
      ] : []),
    ]);
    let answered = 0;
    let killed = false;
    const first = server;
    const inFlight = burst.map(async (request) => {
      try {
        request.answer = await send(first.url, request);
        answered++;
      } catch (error) {
        request.error = String(error);
      }
      if (!killed && answered >= burst.length / 4) {
        killed = true;
        await first.kill();
      }
    });
    await Promise.all(inFlight);
    server = null;
    const unanswered = burst.filter((r) => !r.answer);
    expect(unanswered.length, "the kill left requests unanswered").toBeGreaterThan(0);
    // Locking a period already locked, or reopening one already open, is 409: the lock calls race each other.
    const ok = (request: Sent) => (request.path.endsWith("/lock") ? [200, 201, 409] : [200, 201]);
    for (const request of burst.filter((r) => r.answer)) expect(ok(request), `${request.method} ${request.path}`).toContain(request.answer!.status);

    // Started again on the same database; whatever was not answered is sent again, with its key.
    server = await startServer([config, String(await freePort()), dir, admin]);
    for (const request of unanswered) {
      request.answer = await send(server.url, request);
      expect(ok(request), `${request.method} ${request.path}: ${JSON.stringify(request.answer.json).slice(0, 200)}`).toContain(request.answer.status);
    }
    // A submission answered before the kill, sent again with its key, is the same receipt, not a new version.
    const answeredBefore = burst.find((r) => r.key && !unanswered.includes(r))!;
    const replay = await send(server.url, answeredBefore);
    expect(replay.json.receipt).toBe(answeredBefore.answer!.json.receipt);

    // Every receipt given, before the kill and after, is stored under its version.
    for (const request of burst.filter((r) => r.key)) {
      const { receipt, version } = request.answer!.json as { receipt: string; version: number };
      const stored = await send(server.url, { method: "GET", path: `${request.path}/versions/${version}`, token: request.token });
      expect(stored.json.receipt, request.path).toBe(receipt);
    }
    // Nothing half-written, and each key stored once.
    const integrity = (await send(server.url, { method: "GET", path: "/bench/integrity", token: admin })).json as Record<string, number>;
    expect(integrity).toMatchObject({
      versionsWithoutReport: 0, versionsIncomplete: 0, versionsWithoutAudit: 0, reportsWithoutLatest: 0, keysStoredTwice: 0,
      keyed: burst.filter((r) => r.key).length, versions: 2 * units.length + burst.filter((r) => r.key).length,
    });
    expect(integrity.reviewAudits).toBe(integrity.reviews);
    expect(integrity.lockAudits).toBe(integrity.lockEvents);
  }, 240_000);
});
