// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decodeDocument,
  documentFormatOf,
  fileProblem,
  mayBeCardList,
  textProblem,
} from '../../../src/domain/import/read-document.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]].flat();
  for (const char of text) {
    const code = char.charCodeAt(0);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

describe('decodeDocument', () => {
  it.each([
    ['UTF-8 without BOM', utf8('Økonomi på dansk'), 'Økonomi på dansk', 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Æble')]), 'Æble', 'utf-8'],
    ['UTF-16 LE with BOM', utf16('Şirket ağı', 'le'), 'Şirket ağı', 'utf-16le'],
    ['UTF-16 BE with BOM', utf16('Kľúčový', 'be'), 'Kľúčový', 'utf-16be'],
    [
      'Latin-1 Danish (not valid UTF-8) as Windows-1252',
      new Uint8Array([0x66, 0xe6, 0x72, 0x20, 0xf8, 0x20, 0xe5]),
      'fær ø å',
      'windows-1252',
    ],
    ['Windows-1252 quotes and euro', new Uint8Array([0x93, 0x80, 0x94]), '“€”', 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeDocument(bytes)).toEqual({ text, encoding });
  });
});

describe('fileProblem', () => {
  it.each([
    ['notes.md', '# Notes', undefined],
    ['notes.markdown', '# Notes', undefined],
    ['notes.TXT', 'Notes', undefined],
    ['page.htm', '<p>x</p>', undefined],
    ['page.html', '<p>x</p>', undefined],
    ['paper.pdf', '%PDF-1.7\n', 'pdf'],
    ['paper.txt', '%PDF-1.4\n', 'pdf'],
    ['letter.docx', 'PK\u0003\u0004', 'word'],
    ['letter.md', 'PK\u0003\u0004', 'word'],
    ['letter.doc', '', 'word'],
    ['letter.rtf', '{\\rtf1', 'word'],
    ['photo.png', 'x', 'unsupported'],
    ['README', 'x', 'unsupported'],
  ])('%s starting %j → %s', (name, head, problem) => {
    expect(fileProblem(name, utf8(head))).toBe(problem);
  });
});

describe('mayBeCardList', () => {
  it.each([
    ['words.csv', true],
    ['words.TSV', true],
    ['anki-export.txt', true],
    ['notes.md', false],
    ['notes.markdown', false],
    ['page.html', false],
    ['report.pdf', false],
  ])('%s → %s', (name, expected) => {
    expect(mayBeCardList(name)).toBe(expected);
  });
});

describe('documentFormatOf', () => {
  it.each([
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.txt', 'text'],
    ['a.HTML', 'html'],
    ['a.htm', 'html'],
    ['a.json', undefined],
    ['md', undefined],
  ])('%s → %s', (name, format) => {
    expect(documentFormatOf(name)).toBe(format);
  });
});

describe('textProblem', () => {
  it.each([
    ['', 'empty'],
    [' \n\t\r\n', 'whitespace'],
    ['# Title\u0000', 'binary'],
    [`${'\u0001\u0002'.repeat(10)}text`, 'binary'],
    ['# Title\n\nText.', undefined],
  ])('%j → %s', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});
