/**
 * A learner's file → the generator's input text. Which files are documents (by name), what the
 * first bytes say a file really is (a PDF or Word file renamed, an image), and how the bytes
 * are decoded: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and anything that is not valid
 * UTF-8 as Windows-1252 (what a Latin-1 file from an older editor is), which the preview names.
 */

/** The largest file read: anything bigger is refused from its size, before it is read. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** `table`: a card list (CSV, TSV), read by card-table.ts instead of the generator. */
export type DocumentFormat = 'markdown' | 'text' | 'html' | 'table';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a file gives no deck; the import screen turns each into a sentence naming the file. */
export type DocumentProblem =
  | 'unsupported'
  | 'tooLarge'
  | 'empty'
  | 'whitespace'
  | 'binary'
  | 'pdf'
  | 'word'
  | 'navigationOnly'
  | 'noCards';

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  html: 'html',
  htm: 'html',
  csv: 'table',
  tsv: 'table',
};

/**
 * The document format a file name promises, or `undefined` when it is none the app reads.
 *
 * @example
 * documentFormatOf('Notes.MD') // 'markdown'
 * documentFormatOf('report.pdf') // undefined
 */
export function documentFormatOf(fileName: string): DocumentFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMATS[extension];
}

/**
 * Whether a file of this name may hold a card list rather than a document: a `.csv` or `.tsv`,
 * or a `.txt` (Anki's and Quizlet's text exports). Markdown and HTML files are always documents.
 *
 * @example
 * mayBeCardList('words.txt') // true
 * mayBeCardList('notes.md') // false
 */
export function mayBeCardList(fileName: string): boolean {
  const format = documentFormatOf(fileName);
  return format === 'table' || format === 'text';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .docx, .odt: a zip archive
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc of Word 97–2003
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // "{\rtf"

/**
 * What a file is by its name and first bytes, before decoding: a problem, or `undefined` when
 * it may be a text document. The bytes win over the name: a PDF renamed to .txt is a PDF.
 *
 * @example
 * fileProblem('a.txt', new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 */
export function fileProblem(fileName: string, head: Uint8Array): DocumentProblem | undefined {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, ZIP) || startsWith(head, OLE) || startsWith(head, RTF)) return 'word';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'pdf') return 'pdf';
  if (['doc', 'docx', 'odt', 'rtf', 'pages'].includes(extension)) return 'word';
  if (documentFormatOf(fileName) === undefined) return 'unsupported';
  return undefined;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (0 where the byte is unassigned and stays a C1
 * control); every other byte is the Unicode code point of the same number. Decoded here rather
 * than by `TextDecoder('windows-1252')`, which Node decodes as ISO-8859-1.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) {
    const mapped = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte;
    chars.push(String.fromCharCode(mapped));
  }
  return chars.join('');
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a document's bytes: a BOM decides (UTF-8, UTF-16 LE or BE) and is dropped; without
 * one, valid UTF-8 is UTF-8 and anything else Windows-1252, every byte a character.
 *
 * @example
 * decodeDocument(new Uint8Array([0x66, 0xe6, 0x72])) // { text: 'fær', encoding: 'windows-1252' }
 */
export function decodeDocument(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * What is wrong with decoded text as a document, if anything: nothing in it, only whitespace,
 * or binary (NUL characters, or more than 5 % control characters: an image or archive).
 *
 * @example
 * textProblem(' \n\t') // 'whitespace'
 */
export function textProblem(text: string): DocumentProblem | undefined {
  if (text.length === 0) return 'empty';
  // eslint-disable-next-line no-control-regex -- counting control characters is the point.
  const junk = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (text.includes('\u0000') || junk / text.length > 0.05) return 'binary';
  if (text.trim() === '') return 'whitespace';
  return undefined;
}
