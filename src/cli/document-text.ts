/**
 * A document file as the generator's input, in Node: decoded as the app decodes it (BOM, UTF-8,
 * else Windows-1252), and an HTML page turned into Markdown by the same DOM walk the browser
 * runs. The DOM comes from jsdom: its HTML parser (parse5) follows the WHATWG parsing algorithm,
 * so it builds the tree a browser's `DOMParser` builds from the same bytes, and it is already the
 * DOM of the component tests.
 */
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { htmlToMarkdown } from '../domain/import/html-to-text.ts';
import { decodeDocument, documentFormatOf } from '../domain/import/read-document.ts';

/** The text the generator reads for the file at `path`. */
export async function documentText(path: string): Promise<string> {
  const { text } = decodeDocument(await readFile(path));
  if (documentFormatOf(path) !== 'html') return text;
  return htmlToMarkdown(new JSDOM(text).window.document);
}
