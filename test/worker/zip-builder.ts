/**
 * Builds zip files part by part for the upload-limit tests: real deflate (CompressionStream), a
 * part's content given as repeated chunks so that a 400 MB part never sits in memory, and the
 * directory free to declare another size than the real one (a lying bomb). CRCs are left 0: the
 * worker refuses these files before anything would check them.
 */

export interface ZipPart {
  name: string;
  /** The part's content: chunks, or text. */
  content: string | (() => Iterable<Uint8Array>);
  /** The size the directory declares; the real size unless given. */
  declaredSize?: number;
  /** The name in the part's local header, when it is to differ from the directory's. */
  localName?: string;
}

/** Ways to make the directory lie about itself. */
export interface ZipTricks {
  /** The number of entries the end record gives (the real number unless given). */
  declaredCount?: number;
  /** Bytes of padding between the directory and its end record. */
  gapBeforeEnd?: number;
}

const text = new TextEncoder();

async function deflate(chunks: Iterable<Uint8Array>): Promise<{ data: Uint8Array; size: number }> {
  let size = 0;
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) {
        size += chunk.byteLength;
        controller.enqueue(chunk);
      }
      controller.close();
    },
  });
  const data = new Uint8Array(await new Response(input.pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  return { data, size };
}

/** `count` copies of `piece`, in chunks of about 1 MiB (the same chunk object each time). */
export function repeated(piece: string, count: number): () => Iterable<Uint8Array> {
  return function* () {
    const perChunk = Math.max(1, Math.floor((1024 * 1024) / piece.length));
    const chunk = text.encode(piece.repeat(Math.min(perChunk, count)));
    let left = count;
    while (left >= perChunk) {
      yield chunk;
      left -= perChunk;
    }
    if (left > 0) yield text.encode(piece.repeat(left));
  };
}

export async function buildZip(parts: readonly ZipPart[], tricks: ZipTricks = {}): Promise<Uint8Array> {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = text.encode(part.name);
    const local_name = text.encode(part.localName ?? part.name);
    const chunks = typeof part.content === "string" ? [text.encode(part.content)] : part.content();
    const { data, size } = await deflate(chunks);
    const declared = part.declaredSize ?? size;
    const local = new Uint8Array(30 + local_name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, declared, true);
    lv.setUint16(26, local_name.length, true);
    local.set(local_name, 30);
    const entry = new Uint8Array(46 + name.length);
    const ev = new DataView(entry.buffer);
    ev.setUint32(0, 0x02014b50, true);
    ev.setUint16(4, 20, true);
    ev.setUint16(6, 20, true);
    ev.setUint16(10, 8, true);
    ev.setUint32(20, data.length, true);
    ev.setUint32(24, declared, true);
    ev.setUint16(28, name.length, true);
    ev.setUint32(42, offset, true);
    entry.set(name, 46);
    locals.push(local, data);
    directory.push(entry);
    offset += local.length + data.length;
  }
  const directorySize = directory.reduce((sum, e) => sum + e.length, 0);
  if (tricks.gapBeforeEnd) directory.push(new Uint8Array(tricks.gapBeforeEnd));
  const end = new Uint8Array(22);
  const dv = new DataView(end.buffer);
  dv.setUint32(0, 0x06054b50, true);
  dv.setUint16(8, tricks.declaredCount ?? parts.length, true);
  dv.setUint16(10, tricks.declaredCount ?? parts.length, true);
  dv.setUint32(12, directorySize, true);
  dv.setUint32(16, offset, true);
  const all = [...locals, ...directory, end];
  const out = new Uint8Array(all.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of all) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The parts every .xlsx has around its sheets, so that a bomb looks like a workbook. */
export const WORKBOOK_PARTS: ZipPart[] = [
  {
    name: "[Content_Types].xml",
    content: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  },
  {
    name: "_rels/.rels",
    content: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  },
  {
    name: "xl/workbook.xml",
    content: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu" sheetId="1" r:id="rId1"/></sheets></workbook>',
  },
  {
    name: "xl/_rels/workbook.xml.rels",
    content: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  },
];

const SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = "</sheetData></worksheet>";

/** A sheet part whose sheetData is `piece` repeated `count` times. */
export function sheetOf(piece: string, count: number, declaredSize?: number): ZipPart {
  const body = repeated(piece, count);
  return {
    name: "xl/worksheets/sheet1.xml",
    content: function* () {
      yield text.encode(SHEET_OPEN);
      yield* body();
      yield text.encode(SHEET_CLOSE);
    },
    ...(declaredSize === undefined ? {} : { declaredSize }),
  };
}
