import { describe, expect, it } from "vitest";
import { ApiClient } from "../../addin/api/client.ts";
import { Outbox } from "../../addin/state/outbox.ts";
import { memoryStore } from "../../addin/state/storage.ts";

/** A fake worker: stores by Idempotency-Key like the real one, and can be switched off. */
function fakeWorker() {
  const stored = new Map<string, { status: number; body: unknown }>();
  let versions = 0;
  const state = { online: true, calls: 0 };
  const fetcher = (async (_url: string, init: RequestInit) => {
    state.calls++;
    if (!state.online) throw new TypeError("Failed to fetch");
    const key = (init.headers as Record<string, string>)["Idempotency-Key"]!;
    let answer = stored.get(key);
    if (!answer) {
      versions++;
      answer = { status: versions === 1 ? 201 : 200, body: { receipt: `R${versions}`, version: versions, late: false, warnings: [] } };
      stored.set(key, answer);
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as typeof fetch;
  return { state, stored, client: new ApiClient("http://w", "t", fetcher), versions: () => versions };
}

const item = (id: string) => ({ id, periodId: "2026-11", formId: "dossiers", unitCode: "U1", body: { values: { returned: 1 } } });

describe("the outbox", () => {
  it("keeps a submission across a restart while offline and delivers it exactly once when back online", async () => {
    const store = memoryStore();
    const worker = fakeWorker();
    worker.state.online = false;
    const first = new Outbox(store);
    first.add(item("key-1"));
    expect(await first.flush(worker.client)).toEqual([]);
    expect(first.list()).toHaveLength(1);
    expect(first.list()[0]!.lastError).toContain("Failed to fetch");

    const afterRestart = new Outbox(store);
    worker.state.online = true;
    const delivered = await afterRestart.flush(worker.client);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", status: 201, receipt: { receipt: "R1" } } });
    expect(afterRestart.list()).toEqual([]);
    await afterRestart.flush(worker.client);
    expect(worker.versions()).toBe(1);
  });

  it("resends with the same key when the answer was lost, so the worker replays instead of storing twice", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-2"));
    // The request reached the worker but the answer never came back.
    await worker.client.submit("2026-11", "dossiers", "U1", { values: { returned: 1 } }, "key-2");
    const delivered = await outbox.flush(worker.client);
    expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", receipt: { version: 1 } } });
    expect(worker.versions()).toBe(1);
  });

  it("sends concurrent flushes once", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-3"));
    const [a, b] = await Promise.all([outbox.flush(worker.client), outbox.flush(worker.client)]);
    expect(a).toBe(b);
    expect(worker.state.calls).toBe(1);
  });

  it("replaces an unsent submission of the same report with the newer one", () => {
    const outbox = new Outbox(memoryStore());
    outbox.add(item("old"));
    outbox.add(item("new"));
    expect(outbox.list().map((q) => q.id)).toEqual(["new"]);
  });
});
