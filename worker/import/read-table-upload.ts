import type { Context } from "hono";
import { ApiError, badRequest } from "../errors.ts";
import { readLimitedBytes } from "../read-json.ts";
import { readRegistryFile } from "./read-registry-file.ts";
import { NotAWorkbook, UPLOAD_LIMITS, UploadLimitExceeded } from "./upload-limits.ts";

/**
 * The cells of a table sent as the body (an .xlsx's first sheet, or a CSV), within the upload
 * limits (413) and at most `maxRows` rows (413); an empty body or an unreadable file is a 400 with
 * the words given: what to choose, and what could not be read.
 */
export async function readTableUpload(
  c: Context,
  words: { empty: string; unreadable: string; tooLong: (rows: number) => string },
  maxRows: number,
): Promise<unknown[][]> {
  const bytes = await readLimitedBytes(c, UPLOAD_LIMITS.fileBytes, () => new ApiError(413, "payload_too_large", new UploadLimitExceeded("fileBytes").messageVi));
  if (bytes.byteLength === 0) throw badRequest(words.empty);
  let grid: unknown[][];
  try {
    grid = await readRegistryFile(bytes);
  } catch (error) {
    if (error instanceof UploadLimitExceeded) throw new ApiError(413, "payload_too_large", error.messageVi);
    if (error instanceof NotAWorkbook) throw badRequest(`${words.unreadable}: ${error.reason}.`);
    throw error;
  }
  if (grid.length > maxRows) throw new ApiError(413, "payload_too_large", words.tooLong(grid.length));
  return grid;
}
