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
  return { state, stored, fetcher, client: new ApiClient("http://w", "t", fetcher), versions: () => versions };
}

const item = (id: string) => ({ id, periodId: "2026-11", formId: "dossiers", unitCode: "U1", body: { values: { returned: 1 } } });

describe("the outbox", () => {
  it("keeps a submission across a restart while offline and delivers it exactly once when back online", async () => {
    const store = memoryStore();
    const worker = fakeWorker();
    worker.state.online = false;
    const first = new Outbox(store);
    first.add(item("key-1"));
    expect(await first.flush(worker.client, "U1")).toEqual([]);
    expect(first.list()).toHaveLength(1);
    expect(first.list()[0]!.lastError).toContain("Failed to fetch");

    const afterRestart = new Outbox(store);
    worker.state.online = true;
    const delivered = await afterRestart.flush(worker.client, "U1");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", status: 201, receipt: { receipt: "R1" } } });
    expect(afterRestart.list()).toEqual([]);
    await afterRestart.flush(worker.client, "U1");
    expect(worker.versions()).toBe(1);
  });

  it("resends with the same key when the answer was lost, so the worker replays instead of storing twice", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-2"));
    // The request reached the worker but the answer never came back.
    await worker.client.submit("2026-11", "dossiers", "U1", { values: { returned: 1 } }, "key-2");
    const delivered = await outbox.flush(worker.client, "U1");
    expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", receipt: { version: 1 } } });
    expect(worker.versions()).toBe(1);
  });

  it("sends concurrent flushes once, and reports each delivery to one caller", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-3"));
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => outbox.flush(worker.client, "U1")));
    expect(worker.state.calls).toBe(1);
    expect(a).toHaveLength(1);
    expect(b).toEqual([]); // the round after the first found nothing left to send
    expect(c).toBe(b); // calls made during a round share the one round that follows it
  });

  it("sends again when the network comes back while a round made offline is still failing", async () => {
    const worker = fakeWorker();
    let failInFlight!: () => void;
    // The round started offline: its request is still on its way to failing when `online` fires.
    const slowFailure = new Promise<never>((_, reject) => (failInFlight = () => reject(new TypeError("Failed to fetch"))));
    let first = true;
    const fetcher = ((url: string, init: RequestInit) => {
      if (!first) return worker.fetcher(url, init);
      first = false;
      return slowFailure;
    }) as typeof fetch;
    const client = new ApiClient("http://w", "t", fetcher);
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-online"));

    const offlineRound = outbox.flush(client, "U1");
    const onlineRound = outbox.flush(client, "U1"); // the `online` event
    failInFlight();
    expect(await offlineRound).toEqual([]);
    const delivered = await onlineRound;
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", receipt: { version: 1 } } });
    expect(outbox.list()).toEqual([]);
  });

  it("sends a submission queued while a round is under way without waiting for the next timer", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-a"));
    const running = outbox.flush(worker.client, "U1");
    outbox.add({ ...item("key-b"), formId: "centers" }); // Submit clicked meanwhile
    const afterSubmit = outbox.flush(worker.client, "U1");
    expect((await running).map((d) => d.item.id)).toEqual(["key-a"]);
    expect((await afterSubmit).map((d) => d.item.id)).toEqual(["key-b"]);
    expect(outbox.list()).toEqual([]);
  });

  it("replaces an unsent submission of the same report with a newer body", () => {
    const outbox = new Outbox(memoryStore());
    outbox.add(item("old"));
    outbox.add({ ...item("new"), body: { values: { returned: 2 } } });
    expect(outbox.list().map((q) => q.id)).toEqual(["new"]);
  });

  it("keeps one item, one key, when the same report is submitted twice while offline", async () => {
    const worker = fakeWorker();
    worker.state.online = false;
    const outbox = new Outbox(memoryStore());
    outbox.add(item("first-click"));
    await outbox.flush(worker.client, "U1");
    expect(outbox.add(item("second-click")).id).toBe("first-click");
    worker.state.online = true;
    await outbox.flush(worker.client, "U1");
    expect(worker.versions()).toBe(1);
  });

  it("keeps a submission refused with 401 (revoked token) for after the next sign-in, and says so", async () => {
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-401"));
    const revoked = new ApiClient("http://w", "t", (async () =>
      new Response(JSON.stringify({ error: { code: "unauthorized", message: "Mã đã bị thu hồi" } }), { status: 401 })) as typeof fetch);
    const delivered = await outbox.flush(revoked, "U1");
    expect(delivered).toMatchObject([{ held: { status: 401 } }]);
    expect(outbox.list().map((q) => q.id)).toEqual(["key-401"]);
  });

  it("flushes only the signed-in unit's submissions", async () => {
    const worker = fakeWorker();
    const outbox = new Outbox(memoryStore());
    outbox.add({ ...item("other-unit"), unitCode: "U2" });
    expect(await outbox.flush(worker.client, "U1")).toEqual([]);
    expect(outbox.list("U2")).toHaveLength(1);
    expect(worker.state.calls).toBe(0);
  });

  // What wrangler's local proxy answers when the worker is reloaded while a request is in flight.
  const restarted = () =>
    new Response("Your worker restarted mid-request. Please try sending the request again. Only GET or HEAD requests are retried automatically.", {
      status: 503, headers: { "Content-Type": "text/plain", "Retry-After": "0" },
    });

  for (const [when, storedFirst] of [["before storing it", false], ["after storing it", true]] as const) {
    it(`keeps a submission answered 503 by a worker restarted mid-request ${when}, and lands it exactly once on the retry`, async () => {
      const worker = fakeWorker();
      const outbox = new Outbox(memoryStore());
      outbox.add(item(`key-503-${when}`));
      let restart = true;
      const flaky = new ApiClient("http://w", "t", (async (url: string, init: RequestInit) => {
        if (!restart) return worker.fetcher(url, init);
        restart = false;
        if (storedFirst) await worker.fetcher(url, init); // stored, then the answer lost to the restart
        return restarted();
      }) as typeof fetch);
      expect(await outbox.flush(flaky, "U1")).toEqual([]);
      expect(outbox.list()).toHaveLength(1);
      expect(outbox.list()[0]!.lastError).toBe("Máy chủ tạm thời không trả lời (503). Thử lại sau ít phút.");
      const delivered = await outbox.flush(flaky, "U1");
      expect(delivered[0]).toMatchObject({ outcome: { kind: "stored", receipt: { version: 1 } } });
      expect(outbox.list()).toEqual([]);
      expect(worker.versions()).toBe(1);
    });
  }

  it("treats an HTML error page as a failure to retry, not a crash", async () => {
    const outbox = new Outbox(memoryStore());
    outbox.add(item("key-502"));
    const proxy = new ApiClient("http://w", "t", (async () => new Response("<html>502</html>", { status: 502 })) as typeof fetch);
    expect(await outbox.flush(proxy, "U1")).toEqual([]);
    expect(outbox.list()[0]!.lastError).toContain("502");
  });
});
