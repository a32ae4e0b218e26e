import type { OpenAPIHono } from "@hono/zod-openapi";
import { isLoadableOrigin, ManifestUrlError, rewriteManifestOrigin, withGeneratedNote } from "../../shared/manifest/manifest-url.ts";
import type { AppEnv } from "../app-env.ts";
import { ApiError, badRequest } from "../errors.ts";

/** Where `npm run build` puts the committed manifest (its URLs are https://localhost:8787) among the static assets. */
const BUILT_MANIFEST = "/addin/manifest.xml";

/**
 * `GET /manifest.xml`: the add-in manifest for the origin the request came to, so that a unit
 * installing from the landing page gets an add-in that loads from this deployment, not from the
 * development address. The built manifest is read through the assets binding and every URL in it
 * moved to the request's origin (shared/manifest). Not under /addin/: the static assets answer
 * those paths before the worker runs. No token: the manifest holds nothing secret.
 *
 * Office loads add-ins over https only (plain http on localhost and 127.0.0.1 alone): from any
 * other origin this answers 400 with the reason, never a manifest that cannot load.
 */
export function mountManifest(app: OpenAPIHono<AppEnv>): void {
  app.get("/manifest.xml", async (c) => {
    const { protocol, hostname, origin } = new URL(c.req.url);
    if (!isLoadableOrigin(protocol, hostname)) {
      throw badRequest(
        `Không tạo manifest cho địa chỉ ${origin}: Excel chỉ nạp add-in qua https (http chỉ được dùng với localhost và 127.0.0.1 khi phát triển). ` +
          `Hãy mở trang bằng địa chỉ https:// của máy chủ rồi tải lại manifest, hoặc xin Văn phòng tệp manifest.xml.`,
      );
    }
    const built = await c.env.ASSETS.fetch(new Request(new URL(BUILT_MANIFEST, c.req.url)));
    if (!built.ok) {
      console.error(`manifest: ${BUILT_MANIFEST} answered ${built.status} from the static assets: was \`npm run build\` run before deploying?`);
      throw new ApiError(500, "manifest_unavailable", "Máy chủ chưa có tệp manifest của add-in. Báo bộ phận kỹ thuật dựng lại (npm run build) rồi triển khai lại.");
    }
    let xml: string;
    try {
      xml = withGeneratedNote(rewriteManifestOrigin(await built.text(), origin), "the worker (GET /manifest.xml)");
    } catch (error) {
      if (!(error instanceof ManifestUrlError)) throw error;
      console.error(`manifest: the built manifest cannot be moved to ${origin}: ${error.message}`);
      throw new ApiError(500, "manifest_unavailable", "Tệp manifest của add-in trên máy chủ bị lỗi, không tạo được bản cho địa chỉ này. Báo bộ phận kỹ thuật.");
    }
    return c.body(xml, 200, {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="manifest.xml"',
      // The answer depends on the address the page was opened at: never reuse it for another.
      "Cache-Control": "no-cache",
      Vary: "Host",
    });
  });
}
