import type { Context } from "hono";
import type { z } from "zod";
import { loneSurrogatePath } from "../shared/text/characters.ts";
import { ApiError, badRequest } from "./errors.ts";

/** The largest request body accepted: 256 KiB. */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = () =>
  new ApiError(413, "payload_too_large", `Nội dung gửi lớn hơn ${MAX_BODY_BYTES / 1024} KiB, không được nhận. Hãy kiểm tra lại dữ liệu gửi.`);

/** Reads the body's bytes, refusing more than `limit` (413 from `refuse`) before anything is parsed. */
export async function readLimitedBytes(c: Context, limit: number, refuse: () => Error): Promise<Uint8Array> {
  const declared = Number(c.req.header("Content-Length") ?? "NaN");
  if (declared > limit) throw refuse();
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the body as text, refusing more than MAX_BODY_BYTES before anything is parsed, and bytes
 * that are not UTF-8 (decoding them leniently would store U+FFFD in their place).
 */
export async function readLimitedText(c: Context): Promise<string> {
  const bytes = await readLimitedBytes(c, MAX_BODY_BYTES, tooLarge);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badRequest("Nội dung gửi không phải văn bản UTF-8 hợp lệ: hãy gửi lại bằng UTF-8.");
  }
}

/**
 * Parses JSON text, or answers 400 saying the body is not JSON; a string with a lone surrogate
 * (`"\ud800"`) is refused too, naming its field: it could not be stored exactly as sent.
 */
export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest("Nội dung gửi không phải JSON hợp lệ.");
  }
  const broken = loneSurrogatePath(value);
  if (broken) {
    throw badRequest(`Nội dung gửi có ký tự không hợp lệ (nửa cặp UTF-16 \\uD800–\\uDFFF đứng một mình) ở trường «${broken}»: ` +
      "văn bản như vậy không lưu được nguyên vẹn. Hãy gõ lại hoặc xóa ký tự đó.");
  }
  return value;
}

/** Explains a schema failure in one sentence naming the field: of the body, or of the address (`query`). */
export function describeSchemaError(error: z.ZodError, target = "json"): string {
  const issue = error.issues[0];
  const where = target === "query" ? "Tham số trên địa chỉ" : "Nội dung gửi";
  if (!issue) return `${where} không hợp lệ.`;
  const field = issue.path.length ? issue.path.join(".") : "nội dung";
  return `${where} không hợp lệ: ${target === "query" ? "tham số" : "trường"} «${field}» — ${issue.message}.`;
}
