import { UPLOAD_LIMITS, UploadLimitExceeded } from "./upload-limits.ts";

/** What the XML parts of an upload hold so far, over all parts. */
export interface XmlTally {
  elements: number;
  rows: number;
  cells: number;
  strings: number;
}

export const emptyTally = (): XmlTally => ({ elements: 0, rows: 0, cells: 0, strings: 0 });

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, BANG = 0x21, QUESTION = 0x3f, COLON = 0x3a, QUOTE = 0x22, APOSTROPHE = 0x27;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
/** Where the counter is: in text, after "<", in a tag's name, among its attributes, in a quoted value, in any other tag. */
const TEXT = 0, OPEN = 1, NAME = 2, ATTRIBUTES = 3, QUOTED = 4, OTHER = 5;

/**
 * Counts, byte by byte as a part is inflated, its elements (rows `<row>`, cells `<c>`, shared
 * strings `<si>`, in whatever part they stand, any prefix such as `x:` ignored) and the length of
 * each text between tags, throwing UploadLimitExceeded the moment a limit is passed. It only
 * counts, to bound what the real reader (ExcelJS) will be given: it is not an XML parser.
 */
export class XmlCounter {
  private state: number = TEXT;
  private quote = 0;
  private textCharacters = 0;
  private nameLength = 0;
  private name0 = 0;
  private name1 = 0;
  private name2 = 0;
  /** The local name, kept only while it may still be one whose range attribute is read (16 characters at most). */
  private name = "";
  /** The attribute whose value is a range to count (`ref` of a merge, `sqref` of a validation), or null. */
  private rangeAttribute: string | null = null;
  private attributeName = "";
  private pendingAttribute = "";
  private capturing = false;
  private captured = "";

  constructor(
    private readonly part: string,
    private readonly tally: XmlTally,
  ) {}

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      switch (this.state) {
        case TEXT:
          if (b === LT) {
            this.textCharacters = 0;
            this.state = OPEN;
          } else if ((b & 0xc0) !== 0x80 && ++this.textCharacters > UPLOAD_LIMITS.textCharacters) {
            throw new UploadLimitExceeded("textCharacters", this.part);
          }
          break;
        case OPEN:
          if (b === SLASH || b === BANG || b === QUESTION) {
            this.state = OTHER;
          } else {
            this.nameLength = 0;
            this.name = "";
            this.state = NAME;
            this.nameByte(b);
          }
          break;
        case NAME:
          this.nameByte(b);
          break;
        case ATTRIBUTES:
        case OTHER:
          if (b === GT) {
            this.state = TEXT;
            this.endTag();
          } else if (this.state === ATTRIBUTES && (b === QUOTE || b === APOSTROPHE)) {
            this.quote = b;
            this.state = QUOTED;
            this.capturing = this.rangeAttribute !== null && this.pendingAttribute === this.rangeAttribute;
            this.pendingAttribute = "";
          } else if (this.rangeAttribute !== null && this.state === ATTRIBUTES) {
            this.attributeByte(b);
          }
          break;
        case QUOTED:
          if (b === this.quote) this.state = ATTRIBUTES;
          else if (this.capturing && this.captured.length < 4096) this.captured += String.fromCharCode(b);
          break;
      }
    }
  }

  private nameByte(b: number): void {
    if (b === GT || b === SLASH || isSpace(b)) {
      this.element();
      this.state = b === GT ? TEXT : ATTRIBUTES;
      if (b === GT) this.endTag();
    } else if (b === COLON) {
      this.nameLength = 0; // a namespace prefix: the local name follows
      this.name = "";
    } else {
      if (this.nameLength === 0) this.name0 = b;
      else if (this.nameLength === 1) this.name1 = b;
      else if (this.nameLength === 2) this.name2 = b;
      if (this.nameLength < 16) this.name += String.fromCharCode(b);
      this.nameLength++;
    }
  }

  /** An attribute's name, as far as the one to read is concerned; "=" ends it. */
  private attributeByte(b: number): void {
    if (b === 0x3d /* = */) {
      this.pendingAttribute = this.attributeName;
      this.attributeName = "";
    } else if (!isSpace(b) && b !== SLASH) {
      if (this.attributeName.length < 16) this.attributeName += String.fromCharCode(b);
    }
  }

  /**
   * The end of a start tag: a merge or a validation over a range is as many cells to the reader
   * (ExcelJS makes a cell, or an entry, for every address of it), so its area is counted as cells.
   */
  private endTag(): void {
    if (this.rangeAttribute !== null && this.captured) {
      const area = rangeArea(this.captured);
      this.tally.cells += area;
      if (this.tally.cells > UPLOAD_LIMITS.cells) throw new UploadLimitExceeded("cells");
    }
    this.rangeAttribute = null;
    this.captured = "";
    this.capturing = false;
    this.attributeName = "";
    this.pendingAttribute = "";
  }

  private element(): void {
    const { tally } = this;
    this.rangeAttribute = this.name === "mergeCell" ? "ref" : this.name === "dataValidation" ? "sqref" : null;
    this.name = "";
    if (++tally.elements > UPLOAD_LIMITS.elements) throw new UploadLimitExceeded("elements");
    // Counted in every part, whatever its name: cells <c>, rows <row>, shared strings <si>.
    const n = this.nameLength;
    if (n === 1 && this.name0 === 0x63 /* c */ && ++tally.cells > UPLOAD_LIMITS.cells) throw new UploadLimitExceeded("cells");
    if (n === 3 && this.name0 === 0x72 && this.name1 === 0x6f && this.name2 === 0x77 /* row */ && ++tally.rows > UPLOAD_LIMITS.rows) {
      throw new UploadLimitExceeded("rows");
    }
    if (n === 2 && this.name0 === 0x73 && this.name1 === 0x69 /* si */ && ++tally.strings > UPLOAD_LIMITS.strings) {
      throw new UploadLimitExceeded("strings");
    }
  }
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** The number of cells of a space-separated list of ranges ("A1:B5 D1:D1048576", "D:D", "3:3"). */
export function rangeArea(ranges: string): number {
  let total = 0;
  for (const range of ranges.trim().split(/\s+/)) {
    if (!range) continue;
    const ends = range.replace(/\$/g, "").split(":");
    const from = ends[0] ?? "";
    const a = /^([A-Z]*)(\d*)$/i.exec(from);
    const b = /^([A-Z]*)(\d*)$/i.exec(ends[1] ?? from);
    if (!a || !b) continue;
    const column = (letters: string, fallback: number) =>
      letters ? [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : fallback;
    const row = (digits: string, fallback: number) => (digits ? Number(digits) : fallback);
    const columns = Math.abs(column(b[1]!, MAX_COLUMN) - column(a[1]!, 1)) + 1;
    const rows = Math.abs(row(b[2]!, MAX_ROW) - row(a[2]!, 1)) + 1;
    total += columns * rows;
  }
  return total;
}
