/**
 * Media in a card's text. Cards are plain text; a picture or a sound of an imported Anki note
 * stays in its place as a marker: `[image:name]` for `<img src="name">`, and Anki's own
 * `[sound:name]` for sounds. The screens turn an image marker into a picture of the deck's
 * stored file (or "image missing: name") and a sound marker into a player of the stored sound
 * (played only when the learner asks); the `.apkg` export turns them back into Anki's field
 * HTML. The stored files are typed here by their first bytes, never by their names: only PNG,
 * JPEG, GIF and WebP are shown as pictures (an SVG can hold script, so it is kept as a plain
 * file), and only MP3, Ogg, WAV and MP4 (M4A) audio are played.
 */

/** One piece of a card's text. */
export type CardTextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'image'; readonly name: string }
  | { readonly kind: 'sound'; readonly name: string };

const MARKER = /\[(image|sound):([^\]\n]+)\]/g;

/** The marker that shows the stored picture `name` in a card's text. */
export function imageMarker(name: string): string {
  return `[image:${name}]`;
}

/**
 * A card's text split into text and media markers, in order.
 *
 * @example
 * splitCardText('Flag [image:dk.png]') // [{ kind: 'text', text: 'Flag ' }, { kind: 'image', name: 'dk.png' }]
 */
export function splitCardText(text: string): CardTextPart[] {
  const parts: CardTextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    const name = (match[2] ?? '').trim();
    parts.push(match[1] === 'image' ? { kind: 'image', name } : { kind: 'sound', name });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The media file names a card's texts refer to, each once, in order. */
export function mediaNamesOf(texts: readonly string[]): string[] {
  const names = texts.flatMap((text) =>
    splitCardText(text).flatMap((part) => (part.kind === 'text' ? [] : [part.name])),
  );
  return [...new Set(names)];
}

/** A text without its sound markers (what is left to read of a card's side). */
export function withoutSounds(text: string): string {
  return splitCardText(text)
    .map((part) =>
      part.kind === 'text' ? part.text : part.kind === 'image' ? imageMarker(part.name) : '',
    )
    .join('')
    .trim();
}

/**
 * A card's text for a one-line list (the card browser's table, a deck's card list): each
 * picture as "🖼 name" and each sound as "🔊 name" instead of its marker, the file name being
 * what the card's page shows as a picture's alt text and a sound's label.
 *
 * @example
 * readableCardText('Flag [image:dk.png] [sound:dk.mp3]') // 'Flag 🖼 dk.png 🔊 dk.mp3'
 */
export function readableCardText(text: string): string {
  return splitCardText(text)
    .map((part) =>
      part.kind === 'text' ? part.text : `${part.kind === 'image' ? '🖼' : '🔊'} ${part.name}`,
    )
    .join('');
}

/** Picture types shown on cards, by their file signature. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

const SIGNATURES: readonly { type: ImageType; bytes: readonly (number | null)[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  // RIFF, four bytes of size, WEBP.
  {
    type: 'image/webp',
    bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
  },
];

/**
 * The picture type of a file by its first bytes, or `null` when it is not one shown on cards
 * (SVG, sounds, anything else), whatever its name says.
 *
 * @example
 * imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // 'image/jpeg'
 */
export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  const found = SIGNATURES.find((signature) =>
    signature.bytes.every((byte, index) => byte === null || bytes[index] === byte),
  );
  return found?.type ?? null;
}

/** Sound types played on cards, by their file signature. */
export type AudioType = 'audio/mpeg' | 'audio/ogg' | 'audio/wav' | 'audio/mp4';

/** How many first bytes {@link audioTypeOf} reads. */
export const AUDIO_SIGNATURE_LENGTH = 12;

const ascii = (bytes: Uint8Array, from: number, text: string) =>
  Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)).every(
    (code, index) => bytes[from + index] === code,
  );

/**
 * The sound type of a file by its first bytes ({@link AUDIO_SIGNATURE_LENGTH} are enough), or
 * `null` when it is not a sound played on cards, whatever its name says: MP3 (an ID3 tag or an
 * MPEG audio frame), Ogg, WAV (RIFF … WAVE) or MP4/M4A (an `ftyp` box).
 *
 * @example
 * audioTypeOf(new Uint8Array([0x49, 0x44, 0x33, 4])) // 'audio/mpeg'
 * audioTypeOf(new TextEncoder().encode('<svg>')) // null
 */
export function audioTypeOf(bytes: Uint8Array): AudioType | null {
  if (ascii(bytes, 0, 'ID3')) return 'audio/mpeg';
  // An MPEG audio frame: 11 sync bits, then a layer other than "reserved" (AAC's ADTS has 00).
  const second = bytes[1] ?? 0;
  if (bytes[0] === 0xff && (second & 0xe0) === 0xe0 && (second & 0x06) !== 0) return 'audio/mpeg';
  if (ascii(bytes, 0, 'OggS')) return 'audio/ogg';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'audio/wav';
  if (ascii(bytes, 4, 'ftyp')) return 'audio/mp4';
  return null;
}
