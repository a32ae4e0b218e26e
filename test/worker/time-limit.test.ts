import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { withTimeLimit } from "../../worker/time-limit.ts";

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const request = new Request("http://baocao.test/api/v1/me");

describe("every answer in the API's JSON shape and in bounded time", () => {
  it("a request that never settles is answered 503 in JSON once the limit passes", async () => {
    const never = withTimeLimit(() => new Promise<Response>(() => {}), 50);
    const started = Date.now();
    const answer = await never(request, env, ctx);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = (await answer.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("timeout");
    expect(body.error.message).toMatch(/thử lại/);
  });

  it("a failure escaping the app is a 500 in JSON without internals", async () => {
    const failing = withTimeLimit(() => { throw new Error("at /work/main/worker/secret.ts:1"); }, 1_000);
    const answer = await failing(request, env, ctx);
    expect(answer.status).toBe(500);
    const text = await answer.text();
    expect(JSON.parse(text).error.code).toBe("internal");
    expect(text).not.toMatch(/\/work|\.ts|Error/);
  });

  it("an answer in time passes through unchanged", async () => {
    const quick = withTimeLimit(() => new Response("ok", { status: 207 }), 1_000);
    const answer = await quick(request, env, ctx);
    expect(answer.status).toBe(207);
    expect(await answer.text()).toBe("ok");
  });
});
