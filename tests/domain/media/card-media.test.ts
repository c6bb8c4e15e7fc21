import { describe, expect, it } from 'vitest';
import {
  audioTypeOf,
  imageTypeOf,
  mediaNamesOf,
  readableCardText,
  splitCardText,
  withoutSounds,
  type CardTextPart,
} from '../../../src/domain/media/card-media.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('splitCardText', () => {
  it.each<[string, CardTextPart[]]>([
    ['plain', [{ kind: 'text', text: 'plain' }]],
    ['', []],
    [
      'Flag: [image:dk.png] of Denmark',
      [
        { kind: 'text', text: 'Flag: ' },
        { kind: 'image', name: 'dk.png' },
        { kind: 'text', text: ' of Denmark' },
      ],
    ],
    [
      '[sound:a b.mp3][image:x.gif]',
      [
        { kind: 'sound', name: 'a b.mp3' },
        { kind: 'image', name: 'x.gif' },
      ],
    ],
    ['[video:x.mp4] stays text', [{ kind: 'text', text: '[video:x.mp4] stays text' }]],
  ])('%j', (text, parts) => {
    expect(splitCardText(text)).toEqual(parts);
  });
});

describe('mediaNamesOf and withoutSounds', () => {
  it.each<[string[], string[]]>([
    [
      ['[image:a.png] and [sound:b.mp3]', '[image:a.png]'],
      ['a.png', 'b.mp3'],
    ],
    [['no media'], []],
  ])('names in %j', (texts, names) => {
    expect(mediaNamesOf(texts)).toEqual(names);
  });

  it.each([
    ['[sound:x.mp3]', ''],
    ['Say it [sound:x.mp3]', 'Say it'],
    ['[image:a.png][sound:x.mp3]', '[image:a.png]'],
  ])('%j without sounds is %j', (text, rest) => {
    expect(withoutSounds(text)).toBe(rest);
  });
});

describe('imageTypeOf reads the first bytes, never the name', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['GIF', ascii('GIF89a'), 'image/gif'],
    ['WebP', ascii('RIFF\u0001\u0002\u0003\u0004WEBPVP8 '), 'image/webp'],
    ['RIFF but a WAV sound', ascii('RIFF\u0001\u0002\u0003\u0004WAVEfmt '), null],
    ['SVG (can hold script)', ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['a cut-off PNG', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['MP3', ascii('ID3'), null],
    ['nothing', bytes(), null],
  ])('%s', (_name, data, type) => {
    expect(imageTypeOf(data)).toBe(type);
  });
});

describe('audioTypeOf reads the first bytes, never the name', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['MP3 with an ID3 tag', ascii('ID3\u0004\u0000'), 'audio/mpeg'],
    ['MP3 frame (MPEG-1 layer III)', bytes(0xff, 0xfb, 0x90, 0x64), 'audio/mpeg'],
    ['MP3 frame (MPEG-2 layer III)', bytes(0xff, 0xf3, 0x48, 0xc4), 'audio/mpeg'],
    ['AAC in ADTS (layer bits 00) is not MP3', bytes(0xff, 0xf1, 0x50, 0x80), null],
    ['JPEG (0xff 0xd8) is not MP3', bytes(0xff, 0xd8, 0xff, 0xe0), null],
    ['Ogg', ascii('OggS\u0000\u0002'), 'audio/ogg'],
    ['WAV', ascii('RIFF\u0001\u0002\u0003\u0004WAVEfmt '), 'audio/wav'],
    ['WebP is RIFF but no sound', ascii('RIFF\u0001\u0002\u0003\u0004WEBPVP8 '), null],
    ['M4A', ascii('\u0000\u0000\u0000\u0020ftypM4A '), 'audio/mp4'],
    ['SVG', ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['HTML named .mp3', ascii('<html><script>'), null],
    ['nothing', bytes(), null],
  ])('%s', (_name, data, type) => {
    expect(audioTypeOf(data)).toBe(type);
  });
});

describe('readableCardText names the media instead of showing their markers', () => {
  it.each([
    ['Flag [image:dk.png]', 'Flag 🖼 dk.png'],
    ['Say [sound:a b.mp3] twice', 'Say 🔊 a b.mp3 twice'],
    ['[image:x.gif][sound:y.ogg]', '🖼 x.gif🔊 y.ogg'],
    ['no media', 'no media'],
  ])('%j → %j', (text, readable) => {
    expect(readableCardText(text)).toBe(readable);
  });
});
