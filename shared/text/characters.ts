/**
 * Characters a text may not hold. A lone UTF-16 surrogate cannot be stored as UTF-8: it would come
 * back as U+FFFD, changed in silence. Control characters and the bidirectional overrides, marks
 * and isolates make a name print otherwise than it reads («U+202E» turns text around), and no
 * Vietnamese name needs one.
 */

/** In unicode mode a surrogate class matches only surrogates without their pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses in a name
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

/** The first control or bidirectional-formatting character of a text, as "U+202E", or null. */
export function controlOrBidiCharacter(text: string): string | null {
  const found = CONTROL_OR_BIDI.exec(text);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/**
 * The path of the first string (a key or a value) holding a lone surrogate in a parsed JSON value:
 * `notes`, `values.note_col`, `explanations` (a key); null when every string is well formed.
 */
export function loneSurrogatePath(value: unknown, path = ""): string | null {
  if (typeof value === "string") return hasLoneSurrogate(value) ? path || "nội dung" : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const here = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (hasLoneSurrogate(key)) return path || "nội dung";
    const found = loneSurrogatePath(item, here);
    if (found) return found;
  }
  return null;
}
