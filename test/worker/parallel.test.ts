import { beforeAll, describe, expect, it } from "vitest";
import { call, dossiers, reportPath, unitWithToken } from "./client.ts";

let token: string;
beforeAll(async () => {
  token = await unitWithToken("PAR-01");
});

describe("parallel amendments of one report", () => {
  it("ten at once get versions 1..10 exactly once: one 201, nine 200; the stored versions are what was sent", async () => {
    const path = reportPath("2026-11", "dossiers", "PAR-01");
    // Each body differs (returned = i), so each version can be matched to its request.
    // Every body is held on its last byte until all ten have reached the worker.
    const gate = new Promise((resolve) => setTimeout(resolve, 150));
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call("PUT", path, { token, gate, body: { values: dossiers({ returned: i }) } })),
    );
    for (const answer of answers) expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(9);
    expect(answers.find((a) => a.status === 201)!.body.version).toBe(1);
    expect(answers.map((a) => a.body.version).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(answers.map((a) => a.body.receipt)).size).toBe(10);

    const list = await call("GET", `${path}/versions`);
    expect(list.status).toBe(200);
    expect(list.body.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    for (const [i, answer] of answers.entries()) {
      const stored = await call("GET", `${path}/versions/${answer.body.version}`);
      expect(stored.body.receipt).toBe(answer.body.receipt);
      expect(stored.body.values.returned).toBe(i);
      expect(list.body[answer.body.version - 1].receipt).toBe(answer.body.receipt);
    }

    const latest = await call("GET", path, { token });
    expect(latest.body.version).toBe(10);
    const tenth = answers.find((a) => a.body.version === 10)!;
    expect(latest.body.receipt).toBe(tenth.body.receipt);
    expect(latest.body.values.returned).toBe(answers.indexOf(tenth));

    const status = await call("GET", "/api/v1/status/2026-11");
    const mine = status.body.units.find((u: { code: string }) => u.code === "PAR-01");
    expect(mine.forms.dossiers.version).toBe(10);
  });

  it("ten more continue at 11..20 with no gap and no repeat", async () => {
    const path = reportPath("2026-11", "dossiers", "PAR-01");
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call("PUT", path, { token, body: { values: dossiers() } })),
    );
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(answers.map((a) => a.body.version).sort((x, y) => x - y)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const list = await call("GET", `${path}/versions`);
    expect(list.body.map((v: { version: number }) => v.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await call("GET", path)).body.version).toBe(20);
  });

  it("parallel first submissions of different units are each version 1 with 201", async () => {
    const codes = Array.from({ length: 6 }, (_, i) => `PAR-U${i}`);
    const tokens = await Promise.all(codes.map((code) => unitWithToken(code)));
    const answers = await Promise.all(
      codes.map((code, i) => call("PUT", reportPath("2026-10", "dossiers", code), { token: tokens[i]!, body: { values: dossiers() } })),
    );
    for (const answer of answers) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.version).toBe(1);
    }
  });
});
