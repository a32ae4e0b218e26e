import { endOfVietnamDay, isIsoDate } from "../../shared/periods/calendar.ts";
import { badRequest } from "../errors.ts";

/** Unit tokens begin with this, staff tokens with STAFF_TOKEN_PREFIX: the sign-in knows where to look. */
export const UNIT_TOKEN_PREFIX = "bcu_";
export const STAFF_TOKEN_PREFIX = "bcs_";

/** A new token: 32 random bytes, base64url, with a prefix that tells what it is. */
function newToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return prefix + btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A new unit token. */
export const newUnitToken = (): string => newToken(UNIT_TOKEN_PREFIX);

/** A new token for a person of the central office. */
export const newStaffToken = (): string => newToken(STAFF_TOKEN_PREFIX);

/** SHA-256 of a token, hex: the only form in which tokens are stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  if (left.byteLength !== right.byteLength) return false;
  return crypto.subtle.timingSafeEqual(left, right);
}

/**
 * When a new token valid until `expiresOn` stops signing in: the end of that day in Vietnam (UTC+7);
 * null when it does not expire. A day already past is refused (400).
 */
export function tokenExpiry(expiresOn: string | null | undefined, now: string): string | null {
  if (!expiresOn) return null;
  const at = isIsoDate(expiresOn) ? endOfVietnamDay(expiresOn) : null;
  if (at === null || at <= now) throw badRequest(`Ngày hết hạn ${expiresOn} đã qua hoặc không hợp lệ: chọn một ngày từ hôm nay trở đi.`);
  return at;
}
