/**
 * A card's text as an Anki note: which note type, its fields as HTML (escaped text, line breaks
 * as `<br>`), its tags as Anki stores them, and the sort field and checksum Anki's Check
 * Database recomputes (so they must match what it would compute).
 */
import { BLANK } from '../generator/text.ts';
import { splitCardText } from '../media/card-media.ts';
import type { ExportCard } from './anki-rows.ts';

/** How a card becomes a note: a blank with its answer becomes a real Anki cloze. */
export type NoteKind = 'basic' | 'cloze';

export interface NoteFields {
  readonly kind: NoteKind;
  /** Field values as Anki HTML, in the note type's field order. */
  readonly fields: readonly string[];
  /** The first field as Anki's `strip_html` sees it (for `sfld` and `csum`). */
  readonly firstFieldText: string;
}

const FIELD_SEPARATOR = '\u001f';

function escapedText(text: string): string {
  return text
    .replaceAll(FIELD_SEPARATOR, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\r\n?|\n/g, '<br>');
}

/**
 * Text as Anki field HTML: `&`, `<`, `>` and `"` escaped, line breaks as `<br>`, and the field
 * separator (which would split the field) as a space; a picture's marker becomes Anki's
 * `<img src="name">` and a sound's stays Anki's `[sound:name]` (the package carries the files).
 *
 * @example
 * fieldHtml('a < b\nc') // 'a &lt; b<br>c'
 * fieldHtml('Flag [image:dk.png]') // 'Flag <img src="dk.png">'
 */
export function fieldHtml(text: string): string {
  return splitCardText(text)
    .map((part) => {
      if (part.kind === 'text') return escapedText(part.text);
      const name = escapedText(part.name);
      return part.kind === 'image' ? `<img src="${name}">` : `[sound:${name}]`;
    })
    .join('');
}

/**
 * What Anki's `strip_html_preserving_media_filenames` makes of {@link fieldHtml}'s output (for
 * `sfld` and `csum`): tags (`<br>`) gone, a picture as its file name between spaces, entities
 * decoded.
 */
function strippedText(text: string): string {
  return splitCardText(text)
    .map((part) =>
      part.kind === 'text'
        ? part.text.replaceAll(FIELD_SEPARATOR, ' ').replace(/\r\n?|\n/g, '')
        : part.kind === 'image'
          ? ` ${part.name} `
          : `[sound:${part.name}]`,
    )
    .join('');
}

/**
 * The text around the card's one blank when it can be an Anki cloze: exactly one `_____` in the
 * front, and an answer Anki's cloze syntax can hold (no `}}` or `::`, which would end the cloze
 * or start a hint).
 */
function clozeParts(card: ExportCard): readonly [string, string] | null {
  const parts = card.front.split(BLANK);
  const answer = card.back.trim();
  if (parts.length !== 2 || answer === '' || /}}|::|{{/.test(answer)) return null;
  return [parts[0] ?? '', parts[1] ?? ''];
}

/**
 * The note of one card. A highlight or list card (one `_____` with its answer) becomes a Cloze
 * note, `Text` = the front with `{{c1::answer}}` in the blank and `Back Extra` = the context;
 * every other card a "Deckwright Basic" note: Front, Back, Context.
 *
 * @example
 * noteFields({ front: 'KPO hires _____.', back: 'experts', context: '', … }).fields
 * // ['KPO hires {{c1::experts}}.', '']
 */
export function noteFields(card: ExportCard): NoteFields {
  const cloze = clozeParts(card);
  if (cloze !== null) {
    const [before, after] = cloze;
    const answer = card.back.trim();
    const text = `${fieldHtml(before)}{{c1::${fieldHtml(answer)}}}${fieldHtml(after)}`;
    return {
      kind: 'cloze',
      fields: [text, fieldHtml(card.context)],
      firstFieldText: strippedText(`${before}{{c1::${answer}}}${after}`),
    };
  }
  return {
    kind: 'basic',
    fields: [fieldHtml(card.front), fieldHtml(card.back), fieldHtml(card.context)],
    firstFieldText: strippedText(card.front),
  };
}

export function joinFields(fields: readonly string[]): string {
  return fields.join(FIELD_SEPARATOR);
}

/**
 * Tags as Anki stores them: space-separated with a space on each side, or empty. Anki's tags
 * hold no spaces, so a tag with one has it as `_`.
 *
 * @example
 * ankiTags(['verbs', 'week 2']) // ' verbs week_2 '
 */
export function ankiTags(tags: readonly string[] | undefined): string {
  const clean = (tags ?? [])
    .map((tag) => tag.trim().replace(/\s+/g, '_'))
    .filter((tag) => tag !== '');
  return clean.length === 0 ? '' : ` ${[...new Set(clean)].join(' ')} `;
}

/**
 * Anki's field checksum: the first 4 bytes of the SHA-1 of the text (the first field without
 * HTML), as an unsigned number.
 *
 * @example
 * await fieldChecksum('') // 3661210606 (0xda39a3ee)
 */
export async function fieldChecksum(text: string): Promise<number> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return new DataView(digest).getUint32(0);
}
