import { NotAWorkbook, UPLOAD_LIMITS, UploadLimitExceeded } from "./upload-limits.ts";
import { emptyTally, XmlCounter } from "./xml-tally.ts";
import { zipDirectory, type ZipEntry } from "./zip-directory.ts";

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1,032 times, so no
 * single step can produce more than ~2 MiB however the part was built.
 */
const INFLATE_STEP = 2 * 1024;
const MEDIA = /^\/?xl\/media\//i;

/**
 * Bounds an upload before anything parses it: first from the zip's directory (parts, each part's
 * and the total declared size), then by inflating every part and counting what comes out (real
 * sizes, rows, cells, strings, text lengths, elements), stopping the moment a limit is passed.
 * Throws UploadLimitExceeded (413) or NotAWorkbook (400); returns when the file is within bounds.
 */
export async function checkUpload(bytes: Uint8Array): Promise<void> {
  const entries = zipDirectory(bytes);
  let declared = 0;
  for (const entry of entries) {
    if (entry.size > UPLOAD_LIMITS.partBytes) throw new UploadLimitExceeded("partBytes", entry.name);
    declared += entry.size;
    if (declared > UPLOAD_LIMITS.totalBytes) throw new UploadLimitExceeded("totalBytes");
  }

  const tally = emptyTally();
  let total = 0;
  for (const entry of entries) {
    // Every part but the media is counted as XML, whatever its name says: a reader decides by its own
    // patterns which part is a sheet, and a "sheet1.xml.bin" must not slip past the counts.
    const counter = MEDIA.test(entry.name) ? null : new XmlCounter(entry.name, tally);
    let size = 0;
    await inflate(bytes, entry, (chunk) => {
      size += chunk.byteLength;
      total += chunk.byteLength;
      // The directory was checked above: a part growing past what it declared is lying about itself.
      if (size > entry.size) {
        throw size > UPLOAD_LIMITS.partBytes ? new UploadLimitExceeded("partBytes", entry.name)
          : new NotAWorkbook(`tệp bị hỏng: phần «${entry.name}» giải nén ra nhiều hơn kích thước ghi trong tệp`);
      }
      if (total > UPLOAD_LIMITS.totalBytes) throw new UploadLimitExceeded("totalBytes");
      counter?.push(chunk);
    });
  }
}

/** Feeds a part's data to `take` as it is inflated, a step at a time; stops when `take` throws. */
async function inflate(bytes: Uint8Array, entry: ZipEntry, take: (chunk: Uint8Array) => void): Promise<void> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.byteLength; at += INFLATE_STEP) take(data.subarray(at, at + INFLATE_STEP));
    return;
  }
  const inflater = new DecompressionStream("deflate-raw");
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const feeding = (async () => {
    for (let at = 0; at < data.byteLength; at += INFLATE_STEP) {
      await writer.ready;
      await writer.write(data.slice(at, at + INFLATE_STEP));
    }
    await writer.close();
  })();
  feeding.catch(() => {}); // a stop or a corrupt stream is reported by the reading side below
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      take(value);
    }
    await feeding;
  } catch (error) {
    await reader.cancel().catch(() => {});
    if (error instanceof UploadLimitExceeded || error instanceof NotAWorkbook) throw error;
    throw new NotAWorkbook(`tệp bị hỏng: không giải nén được phần «${entry.name}»`);
  }
}
