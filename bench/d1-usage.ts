/** What one request costs D1, as bench/worker.mts counts it (X-Bench-Meter). */
export interface D1Usage {
  name: string;
  status: number;
  roundTrips: number;
  statements: number;
  rowsRead: number;
  rowsWritten: number;
}

/** A request to meter: its name, method, path, token and body. */
export interface MeteredRequest {
  name: string;
  method: string;
  path: string;
  token: string;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * Sends each request once, asking the bench worker to count its D1 use; a request whose answer is
 * not 2xx, or that comes back without the count, throws.
 */
export async function meterRequests(base: string, requests: readonly MeteredRequest[]): Promise<D1Usage[]> {
  const usages: D1Usage[] = [];
  for (const request of requests) {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: {
        Authorization: `Bearer ${request.token}`, "X-Bench-Meter": "1",
        ...(request.body === undefined ? {} : { "Content-Type": "application/json" }), ...request.headers,
      },
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    await response.arrayBuffer();
    const counted = response.headers.get("X-Bench-D1");
    if (response.status >= 300) throw new Error(`${request.name}: ${response.status}`);
    if (!counted) throw new Error(`${request.name}: no X-Bench-D1 in the answer`);
    usages.push({ name: request.name, status: response.status, ...(JSON.parse(counted) as Omit<D1Usage, "name" | "status">) });
  }
  return usages;
}
