/**
 * A file the learner picked or dropped → the generator's input text, on the main thread (the
 * HTML conversion needs the browser's `DOMParser`, which workers lack): too large files are
 * refused from their size before they are read, then the first bytes are checked (PDF, Word,
 * images), the rest decoded, and an HTML page reduced to its article.
 */
import { htmlToMarkdown } from '../../domain/import/html-to-text.ts';
import {
  decodeDocument,
  documentFormatOf,
  fileProblem,
  MAX_DOCUMENT_BYTES,
  textProblem,
  type DocumentProblem,
  type TextEncodingName,
} from '../../domain/import/read-document.ts';
import { nextTask } from './next-task.ts';

export type DocumentText =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: DocumentProblem };

/**
 * The text of a document (decoded, HTML converted), or why the file is not one. An HTML page is
 * parsed in a task after the decoding's, so the two do not add up to one long task.
 */
export async function documentTextOf(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  const kind = fileProblem(fileName, bytes.subarray(0, 8));
  if (kind !== undefined) return { ok: false, problem: kind };
  const { text, encoding } = decodeDocument(bytes);
  const problem = textProblem(text);
  if (problem !== undefined) return { ok: false, problem };
  if (documentFormatOf(fileName) !== 'html') return { ok: true, text, encoding };
  await nextTask();
  const markdown = htmlToMarkdown(new DOMParser().parseFromString(text, 'text/html'));
  if (markdown === '') return { ok: false, problem: 'navigationOnly' };
  return { ok: true, text: markdown, encoding };
}

/** Reads `file` unless it is too large (then only its size is looked at). */
export async function readDocumentFile(file: File): Promise<DocumentText> {
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: 'tooLarge' };
  return documentTextOf(new Uint8Array(await file.arrayBuffer()), file.name);
}
