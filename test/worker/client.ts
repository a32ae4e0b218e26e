import { exports } from "cloudflare:workers";

/** The central token the test worker is configured with (vitest.config.ts). */
export const ADMIN = "test-admin-token";

/** Calls the worker as a client would. */
export async function call(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ADMIN : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] = "application/json";
  }
  const response = await exports.default.fetch(`http://baocao.test${path}`, { method, headers, body });
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
