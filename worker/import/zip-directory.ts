import { NotAWorkbook, UPLOAD_LIMITS, UploadLimitExceeded } from "./upload-limits.ts";

/** One part of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  /** As declared: inflating checks it (check-upload.ts). */
  size: number;
  /** Where the compressed bytes begin. */
  dataOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const CORRUPT = "tệp bị hỏng hoặc không phải tệp .xlsx (không đọc được cấu trúc nén của tệp)";

/**
 * Reads a zip's central directory without inflating anything: every part's name, method, sizes and
 * where its data starts. Refuses what an .xlsx never is (encrypted parts, zip64, other methods)
 * and more parts than UPLOAD_LIMITS.parts.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new NotAWorkbook("tệp có đặt mật khẩu, hoặc là tệp .xls của Excel 97-2003; hãy bỏ mật khẩu và lưu thành .xlsx");
  }
  const end = findEndOfDirectory(view);
  if (end < 0) throw new NotAWorkbook(CORRUPT);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new NotAWorkbook(`${CORRUPT}: tệp nén kiểu ZIP64`);
  if (count > UPLOAD_LIMITS.parts) throw new UploadLimitExceeded("parts");
  // The directory must end where its end record begins: a reader that tolerates a gap (JSZip) would
  // otherwise read another directory than the one checked here.
  if (directoryOffset + directorySize !== end) throw new NotAWorkbook(CORRUPT);

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new NotAWorkbook(CORRUPT);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (hasUnicodePath(view, at + 46 + nameLength, extraLength)) throw new NotAWorkbook(`${CORRUPT}: phần «${name}» có tên thứ hai`);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new NotAWorkbook("tệp có đặt mật khẩu; hãy bỏ mật khẩu rồi lưu lại thành .xlsx");
    if (method !== 0 && method !== 8) throw new NotAWorkbook(`${CORRUPT}: phần «${name}» nén theo kiểu lạ`);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new NotAWorkbook(`${CORRUPT}: tệp nén kiểu ZIP64`);
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) throw new NotAWorkbook(CORRUPT);
    // Readers take a part's name from its local header: it must be the one checked here.
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const localName = new TextDecoder().decode(bytes.subarray(localOffset + 30, localOffset + 30 + localNameLength));
    if (localName !== name || hasUnicodePath(view, localOffset + 30 + localNameLength, localExtraLength)) {
      throw new NotAWorkbook(`${CORRUPT}: phần «${name}» mang hai tên khác nhau`);
    }
    const dataOffset = localOffset + 30 + localNameLength + localExtraLength;
    if (dataOffset + compressedSize > bytes.byteLength) throw new NotAWorkbook(CORRUPT);
    entries.push({ name, method, compressedSize, size, dataOffset });
  }
  // Every entry the directory holds was counted: none hidden after the number the end record gives.
  if (at !== end) throw new NotAWorkbook(CORRUPT);
  return entries;
}

/** Whether an extra field holds an Info-ZIP Unicode path (0x7075): a second name for the part. */
function hasUnicodePath(view: DataView, from: number, length: number): boolean {
  for (let at = from; at + 4 <= from + length && at + 4 <= view.byteLength; ) {
    if (view.getUint16(at, true) === 0x7075) return true;
    at += 4 + view.getUint16(at + 2, true);
  }
  return false;
}

/** The offset of the end-of-central-directory record (searched back over a comment), or -1. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
