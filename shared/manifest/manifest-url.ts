/**
 * Moves the add-in manifest to another origin: every URL it holds (IconUrl, HighResolutionIconUrl,
 * SupportUrl, DefaultSettings/SourceLocation, the bt:Image and bt:Url resources with their
 * overrides, and each AppDomain) keeps its path and gets the new origin; everything else is kept
 * byte for byte. Pure string work, no XML library: the manifest is ours and regular. Used by
 * scripts/manifest.ts (a deployment's file) and the worker's GET /manifest.xml (its own origin).
 */

/**
 * The WHATWG URL parser of every runtime this runs in (Node, workerd); shared/ compiles without
 * their types, so the part used here is declared for this module only.
 */
interface ParsedUrl {
  readonly protocol: string;
  readonly hostname: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
declare const URL: new (input: string) => ParsedUrl;

/** Elements whose DefaultValue (and their Override children's Value) is a URL. */
const URL_ELEMENTS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"];

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1"]);

/**
 * Why a manifest cannot be produced: `not-url` (the origin does not parse), `not-https` (Office
 * would not load the add-in from it), `not-origin` (a path, query or credentials given), `manifest`
 * (the input manifest is wrong: no URL, a URL that does not parse, a local URL left).
 */
export type ManifestUrlProblem = "not-url" | "not-https" | "not-origin" | "manifest";

/** Thrown for an origin Office would not load the add-in from, or a manifest with nothing to move. */
export class ManifestUrlError extends Error {
  override name = "ManifestUrlError";
  constructor(
    message: string,
    readonly problem: ManifestUrlProblem = "manifest",
  ) {
    super(message);
  }
}

/** Whether Office loads an add-in from this origin: https, or plain http on localhost and 127.0.0.1 alone. */
export function isLoadableOrigin(protocol: string, hostname: string): boolean {
  return protocol === "https:" || (protocol === "http:" && LOOPBACK_HOSTS.has(hostname));
}

/**
 * Checks a deployment address and returns its origin (`https://host[:port]`, no trailing slash).
 * Office loads add-ins only over https; plain http is accepted for localhost and 127.0.0.1 alone.
 */
export function parseOrigin(input: string): string {
  let url: ParsedUrl;
  try {
    url = new URL(input.trim());
  } catch {
    throw new ManifestUrlError(`"${input}" is not a URL. Give the worker's origin, e.g. https://baocao.example.gov.vn`, "not-url");
  }
  if (!isLoadableOrigin(url.protocol, url.hostname)) {
    throw new ManifestUrlError(
      `${url.origin} is not https. Office only loads add-ins over https; plain http is accepted only for ` +
        `http://127.0.0.1 and http://localhost. Use the worker's https:// address.`,
      "not-https",
    );
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) {
    throw new ManifestUrlError(
      `Give the origin only (scheme, host and port), e.g. https://baocao.example.gov.vn, not ${input}: ` +
        `the worker serves the task pane at /addin/taskpane.html under its root.`,
      "not-origin",
    );
  }
  return url.origin;
}

/** `url` with its origin replaced by `origin` (path, query and fragment kept). */
function moveUrl(url: string, origin: string): string {
  let parsed: ParsedUrl;
  try {
    parsed = new URL(url);
  } catch {
    throw new ManifestUrlError(`the manifest holds a URL that does not parse: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new ManifestUrlError(`the manifest holds a URL that is not http(s): ${url}`);
  }
  return origin + parsed.pathname + parsed.search + parsed.hash;
}

/**
 * Returns the manifest with every URL moved to `target` (checked with {@link parseOrigin}).
 * Throws when the manifest holds no URL at all, so a wrong input file cannot pass unnoticed.
 */
export function rewriteManifestOrigin(xml: string, target: string): string {
  const origin = parseOrigin(target);
  let moved = 0;
  const names = URL_ELEMENTS.join("|");
  // A URL-typed element, with an optional namespace prefix, self-closing or with its overrides.
  const element = new RegExp(`<((?:[\\w.-]+:)?(?:${names}))(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1\\s*>)`, "g");
  const attribute = /(\s(?:DefaultValue|Value)\s*=\s*)(["'])(.*?)\2/g;
  let out = xml.replace(element, (whole) =>
    whole.replace(attribute, (_match, lead: string, quote: string, value: string) => {
      moved++;
      return `${lead}${quote}${encodeXml(moveUrl(decodeXml(value), origin))}${quote}`;
    }),
  );
  out = out.replace(/(<(?:[\w.-]+:)?AppDomain\s*>)([\s\S]*?)(<\/(?:[\w.-]+:)?AppDomain\s*>)/g, (_m, open: string, _value: string, close: string) => {
    moved++;
    return `${open}${origin}${close}`;
  });
  if (moved === 0) throw new ManifestUrlError("no URL found to rewrite: is this an Office add-in manifest?");
  if (!LOOPBACK_HOSTS.has(new URL(origin).hostname)) {
    const left = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1)\b[^"'<\s]*/.exec(out.replace(/<!--[\s\S]*?-->/g, ""));
    if (left) throw new ManifestUrlError(`a local URL is left in an element this script does not know: ${left[0]}`);
  }
  return out;
}

function encodeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function decodeXml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Adds, after the XML declaration, a comment saying the file was generated (by `by`), so nobody
 * edits a produced copy instead of manifest.xml. (The origin stays out of it: IDN hosts contain
 * "--", which a comment may not.) `by` must not contain "--" either.
 */
export function withGeneratedNote(xml: string, by = "scripts/manifest.ts"): string {
  if (by.includes("--")) throw new ManifestUrlError(`a note may not contain "--": ${by}`);
  const note = `<!-- Generated by ${by} from manifest.xml: edit that file and generate again. -->\n`;
  const declaration = /^\uFEFF?<\?xml[^>]*\?>\r?\n?/.exec(xml)?.[0] ?? "";
  return declaration + note + xml.slice(declaration.length);
}
