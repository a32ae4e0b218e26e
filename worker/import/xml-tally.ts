import { UPLOAD_LIMITS, UploadLimitExceeded } from "./upload-limits.ts";

/** What the XML parts of an upload hold so far, over all parts. */
export interface XmlTally {
  elements: number;
  rows: number;
  cells: number;
  strings: number;
}

export const emptyTally = (): XmlTally => ({ elements: 0, rows: 0, cells: 0, strings: 0 });

/** Which counts a part's elements go to: rows and cells on sheets, strings in the shared strings. */
export type PartKind = "sheet" | "strings" | "other";

export function partKindOf(name: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return "sheet";
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return "strings";
  return "other";
}

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, BANG = 0x21, QUESTION = 0x3f, COLON = 0x3a, QUOTE = 0x22, APOSTROPHE = 0x27;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
/** Where the counter is: in text, after "<", in a tag's name, among its attributes, in a quoted value, in any other tag. */
const TEXT = 0, OPEN = 1, NAME = 2, ATTRIBUTES = 3, QUOTED = 4, OTHER = 5;

/**
 * Counts, byte by byte as a part is inflated, its elements (rows `<row>` and cells `<c>` on a
 * sheet, strings `<si>` in the shared strings, any prefix such as `x:` ignored) and the length of
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

  constructor(
    private readonly part: string,
    private readonly kind: PartKind,
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
            this.state = NAME;
            this.nameByte(b);
          }
          break;
        case NAME:
          this.nameByte(b);
          break;
        case ATTRIBUTES:
        case OTHER:
          if (b === GT) this.state = TEXT;
          else if (this.state === ATTRIBUTES && (b === QUOTE || b === APOSTROPHE)) {
            this.quote = b;
            this.state = QUOTED;
          }
          break;
        case QUOTED:
          if (b === this.quote) this.state = ATTRIBUTES;
          break;
      }
    }
  }

  private nameByte(b: number): void {
    if (b === GT || b === SLASH || isSpace(b)) {
      this.element();
      this.state = b === GT ? TEXT : ATTRIBUTES;
    } else if (b === COLON) {
      this.nameLength = 0; // a namespace prefix: the local name follows
    } else {
      if (this.nameLength === 0) this.name0 = b;
      else if (this.nameLength === 1) this.name1 = b;
      else if (this.nameLength === 2) this.name2 = b;
      this.nameLength++;
    }
  }

  private element(): void {
    const { tally } = this;
    if (++tally.elements > UPLOAD_LIMITS.elements) throw new UploadLimitExceeded("elements");
    const n = this.nameLength;
    if (this.kind === "sheet") {
      if (n === 1 && this.name0 === 0x63 /* c */ && ++tally.cells > UPLOAD_LIMITS.cells) throw new UploadLimitExceeded("cells");
      if (n === 3 && this.name0 === 0x72 && this.name1 === 0x6f && this.name2 === 0x77 /* row */ && ++tally.rows > UPLOAD_LIMITS.rows) {
        throw new UploadLimitExceeded("rows");
      }
    } else if (this.kind === "strings" && n === 2 && this.name0 === 0x73 && this.name1 === 0x69 /* si */) {
      if (++tally.strings > UPLOAD_LIMITS.strings) throw new UploadLimitExceeded("strings");
    }
  }
}
