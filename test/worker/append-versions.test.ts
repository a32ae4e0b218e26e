import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { appendVersions, latestVersion, type NewVersion } from "../../worker/repositories/submissions.repo.ts";
import { call, centers, dossiers, reportPath, unitWithToken } from "./client.ts";

const version = (formId: string, receipt: string, values: Record<string, unknown>): NewVersion => ({
  key: { periodId: "2034-07", formId, unitCode: "ATOM-1" }, receipt, lateIfFirst: false,
  submittedAt: "2034-07-10T03:00:00.000Z", submittedBy: "central", values: values as NewVersion["values"], notes: null,
  warnings: [], explanations: {}, idempotencyKey: null, requestHash: "h",
});

describe("an upload's forms are stored in one transaction", () => {
  it("when one version of the batch fails, none is stored: no version, no counter moved, no audit line", async () => {
    await unitWithToken("ATOM-1");
    const first = await call("PUT", reportPath("2034-07", "centers", "ATOM-1"), { body: { values: centers() } });
    expect(first.status).toBe(201);
    const audit = async () => (await call("GET", "/api/v1/audit?unit=ATOM-1&limit=100")).body;
    const auditBefore = JSON.stringify(await audit());

    // dossiers would be a first version; centers reuses the receipt already stored, which the database refuses.
    await expect(appendVersions(env.DB, [
      version("dossiers", "BC-20340710-ATOMIC0001", dossiers()),
      version("centers", first.body.receipt, centers({ tthc_total: 99 })),
    ])).rejects.toThrow(/UNIQUE/);

    expect(await latestVersion(env.DB, { periodId: "2034-07", formId: "dossiers", unitCode: "ATOM-1" })).toBeNull();
    const centersNow = await latestVersion(env.DB, { periodId: "2034-07", formId: "centers", unitCode: "ATOM-1" });
    expect(centersNow).toMatchObject({ version: 1, receipt: first.body.receipt });
    expect(JSON.stringify(await audit())).toBe(auditBefore);

    // The same two without the clash are stored together, versions in the order given.
    const stored = await appendVersions(env.DB, [
      version("dossiers", "BC-20340710-ATOMIC0002", dossiers()),
      version("centers", "BC-20340710-ATOMIC0003", centers({ tthc_total: 99 })),
    ]);
    expect(stored).toEqual([{ version: 1, late: false }, { version: 2, late: false }]);
  });
});
