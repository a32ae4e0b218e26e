import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { createApp } from "../../worker/app.ts";

/** The central token the test worker is configured with (vitest.config.ts). */
export const ADMIN = "test-admin-token";

/** What a call can send beyond its method and path. */
export interface CallOptions {
  /** The bearer token; the central one unless given, none when null. */
  token?: string | null;
  /** A value sent as JSON. */
  body?: unknown;
  /** Text sent as it is. */
  raw?: string;
  /** Send the body as a stream in small chunks: no Content-Length, the worker has to count. */
  stream?: boolean;
  /** Stream the body but hold its last byte until this settles: lets parallel requests reach the worker's checks together. */
  gate?: Promise<unknown>;
  headers?: Record<string, string>;
  /** Bindings to override (DEADLINES): the request goes to a fresh app with these on top of the test env. */
  env?: Partial<Env>;
}

/** A worker's answer: the status, the body parsed as JSON when it is JSON, the headers. */
export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

function chunked(text: string, gate?: Promise<unknown>): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const held = gate && bytes.byteLength > 0 ? 1 : 0;
  let offset = 0;
  return new ReadableStream({
    async pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      if (offset === bytes.byteLength - held) await gate;
      const end = offset === bytes.byteLength - held ? bytes.byteLength : Math.min(offset + 16 * 1024, bytes.byteLength - held);
      controller.enqueue(bytes.slice(offset, end));
      offset = end;
    },
  });
}

/** Calls the worker as a client would. */
export async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ADMIN : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | ReadableStream<Uint8Array> | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] = "application/json";
  }
  if ((options.stream || options.gate) && typeof body === "string") body = chunked(body, options.gate);
  const url = `http://baocao.test${path}`;
  const response = options.env
    ? await createApp().fetch(new Request(url, { method, headers, body }), { ...env, ...options.env })
    : await exports.default.fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Registers a unit (central) and returns a fresh token for it. */
export async function unitWithToken(code: string, level = "cap-tinh", name = `Đơn vị ${code}`, parent: string | null = null) {
  const created = await call("PUT", `/api/v1/units/${code}`, { body: { name, level, parent } });
  if (created.status !== 201 && created.status !== 200) throw new Error(`unit ${code}: ${created.status} ${JSON.stringify(created.body)}`);
  const issued = await call("POST", `/api/v1/units/${code}/tokens`);
  if (issued.status !== 201) throw new Error(`token ${code}: ${issued.status}`);
  return issued.body.token as string;
}

/** Asserts a failure other than 422: this status, and exactly `{"error": {"code", "message"}}` with a message (an upload's 413 adds `limit`). */
export function expectError(answer: Answer, status: number, code?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(Object.keys(answer.body ?? {})).toEqual(["error"]);
  expect(Object.keys(answer.body.error).filter((key) => key !== "limit").sort()).toEqual(["code", "message"]);
  expect(typeof answer.body.error.code).toBe("string");
  expect(typeof answer.body.error.message).toBe("string");
  expect(answer.body.error.message.length).toBeGreaterThan(0);
  if (code !== undefined) expect(answer.body.error.code).toBe(code);
}

/** A consistent `dossiers` report (received 10 = resolved 6 + pending 3 + returned 1), with changes on top. */
export function dossiers(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    received_online: 5, received_direct: 3, carried_over: 2,
    resolved_early: 1, resolved_ontime: 4, resolved_late: 1,
    pending_intime: 2, pending_overdue: 1,
    returned: 1,
    ...changes,
  };
}

/** A consistent `centers` report (total 10, 8 at the centre, 5 end to end after), with changes on top. */
export function centers(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { tthc_total: 10, tthc_not_at_center: 2, full_cycle_done: 3, full_cycle_added: 2, ...changes };
}

/** The path of a report. */
export const reportPath = (period: string, form: string, unit: string) => `/api/v1/submissions/${period}/${form}/${unit}`;

/** A JSON text of exactly `bytes` UTF-8 bytes: a valid submission padded with spaces. */
export function jsonOfSize(body: unknown, bytes: number): string {
  const text = JSON.stringify(body);
  const size = new TextEncoder().encode(text).byteLength;
  if (size > bytes) throw new Error(`the body alone is ${size} bytes`);
  return text + " ".repeat(bytes - size);
}
