import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A failure the client should see: one JSON shape, a stable code, a Vietnamese message. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** More fields of the error object, beside code and message (an upload's `limit`). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** `{"error": {"code", "message"}}`: the body of every failure but a 422. */
export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message, ...extra } };
}

export const unauthorized = (message = "Chưa đăng nhập hoặc mã truy cập không hợp lệ, đã bị thu hồi hay đã hết hạn. Hãy dùng mã do Văn phòng cấp.") =>
  new ApiError(401, "unauthorized", message);
export const forbidden = (what: string) => new ApiError(403, "forbidden", `Không có quyền: ${what}`);
export const notFound = (what: string) => new ApiError(404, "not_found", `Không tìm thấy ${what}.`);
export const badRequest = (message: string) => new ApiError(400, "bad_request", message);

/** The app's onError: known failures as they are, anything else a logged 500 without internals. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.extra), error.status);
  console.error("unhandled error", error);
  return c.json(errorBody("internal", "Lỗi hệ thống, chưa lưu gì. Vui lòng thử lại sau ít phút."), 500);
}
