import { zipDirectory } from "../../worker/import/zip-directory.ts";

/** A part of a zip, inflated. */
async function part(bytes: Uint8Array, name: string): Promise<string> {
  const entry = zipDirectory(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the file`);
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const stream = entry.method === 0 ? new Blob([data]).stream() : new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

/** The text of a .docx's body, paragraph by paragraph, as Word would show it (entities decoded, a line break as "\n"). */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await part(bytes, "word/document.xml");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? "\n").join("")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  );
}

/** The raw XML of the document's body, to check how it is written (fonts, sections). */
export const documentXml = (bytes: Uint8Array) => part(bytes, "word/document.xml");
export const stylesXml = (bytes: Uint8Array) => part(bytes, "word/styles.xml");
