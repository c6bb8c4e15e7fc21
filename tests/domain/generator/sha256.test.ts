// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDeck, sha256Hex } from '../../../src/domain/generator/generate-deck.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['empty text', ''],
    ['ASCII', 'abc'],
    ['55 bytes, one block with its padding', 'a'.repeat(55)],
    ['56 bytes, padding spills into a second block', 'a'.repeat(56)],
    ['64 bytes, exactly one block', 'b'.repeat(64)],
    ['Danish, Turkish and Slovak letters', 'Æble, øl og ål · Şirket, ığdır · Účtovníctvo, ľšč'],
    ['an emoji outside the BMP', 'Kartlar 🃏 ve desteler'],
    ['CRLF line ends and a BOM', '\uFEFF# Title\r\n\r\nText.\r\n'],
    ['a whole bundled document', readFileSync('decks/sources/bpo.da.md', 'utf8')],
  ])('%s: the same hex digest as Node’s crypto', (_name, text) => {
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});

describe('generateDeck without Web Crypto', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hashes the document where crypto.subtle is missing (plain http:// on a LAN)', async () => {
    const text = readFileSync('decks/sources/kpo.da.md', 'utf8');
    vi.stubGlobal('crypto', {});
    const deck = await generateDeck(text, 'kpo.da.md');
    expect(deck.source.sha256).toBe(nodeSha256(text));
    vi.unstubAllGlobals();
    const committed = JSON.parse(readFileSync('decks/kpo-da.json', 'utf8')) as unknown;
    expect(deck).toEqual(committed);
  });
});
