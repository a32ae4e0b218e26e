import { errorBody } from "./errors.ts";

/** How long a request may take before it is answered 503: far above the slowest real one (a city workbook, ~1 s). */
export const REQUEST_TIME_LIMIT_MS = 60_000;

type Fetch = (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;

const jsonError = (status: number, code: string, message: string) =>
  new Response(JSON.stringify(errorBody(code, message)), { status, headers: { "Content-Type": "application/json; charset=UTF-8" } });

/**
 * Every answer in the API's JSON shape, and in bounded time: a failure that escapes the app is a
 * 500 without internals, and a request that never settles is answered 503 once the limit passes
 * (instead of the runtime's text/plain "hung" 500 carrying file paths, or a connection left open).
 */
export function withTimeLimit(fetch: Fetch, limitMs = REQUEST_TIME_LIMIT_MS): Fetch {
  return async (request, env, ctx) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<Response>((resolve) => {
      timer = setTimeout(() => resolve(jsonError(503, "timeout",
        `Hệ thống chưa trả lời được trong ${Math.round(limitMs / 1000)} giây. Yêu cầu có thể chưa được thực hiện: hãy thử lại sau ít phút ` +
        "(trước khi gửi lại báo cáo, xem báo cáo đã có biên nhận chưa).")), limitMs);
    });
    try {
      return await Promise.race([Promise.resolve().then(() => fetch(request, env, ctx)), late]);
    } catch (error) {
      console.error("unhandled error outside the app", error);
      return jsonError(500, "internal", "Lỗi hệ thống, chưa lưu gì. Vui lòng thử lại sau ít phút.");
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };
}
