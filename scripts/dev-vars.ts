import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Whether `.dev.vars` sets a variable. */
export function hasDevVar(name: string, path = ".dev.vars"): boolean {
  return existsSync(path) && new RegExp(`^${name}\\s*=`, "m").test(readFileSync(path, "utf8"));
}

/**
 * The local central token: read from `.dev.vars`, or a new random one written there when the
 * file or the variable is absent. Returns the token and whether it was just created.
 */
export function ensureAdminToken(path = ".dev.vars"): { token: string; created: boolean } {
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  const match = /^ADMIN_TOKEN\s*=\s*"?([^"\r\n]+)"?\s*$/m.exec(text);
  if (match) return { token: match[1]!.trim(), created: false };
  const token = `bca_${randomBytes(24).toString("base64url")}`;
  const prefix = text && !text.endsWith("\n") ? "\n" : "";
  writeFileSync(path, `${text}${prefix}ADMIN_TOKEN="${token}"\n`, { mode: 0o600 });
  return { token, created: true };
}
