/**
 * A shared deck file (the format of decks/*.json, as "Export deck" writes it), checked before
 * anything is stored: JSON, a deck's fields with the right types, known card kinds, card ids
 * unique and made from the deck's id. A backup of a whole collection is told apart, so the
 * learner is sent to Settings rather than told the file is foreign.
 */
import * as v from 'valibot';
import { CARD_KINDS, type Deck } from '../deck/deck-types.ts';

export type DeckFileProblem =
  | { code: 'notJson' }
  | { code: 'backup' }
  | { code: 'foreign' }
  | { code: 'damaged'; path: string };

const text = v.string();
const line = v.pipe(v.number(), v.integer(), v.minValue(0));

const deckSchema = v.object({
  id: v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: v.pipe(text, v.nonEmpty()),
  language: v.pipe(text, v.nonEmpty()),
  description: text,
  source: v.object({ file: text, sha256: text }),
  generator: v.object({ version: text }),
  cards: v.pipe(
    v.array(
      v.object({
        id: v.pipe(text, v.nonEmpty()),
        kind: v.picklist(CARD_KINDS),
        front: v.pipe(text, v.nonEmpty()),
        back: v.pipe(text, v.nonEmpty()),
        context: text,
        lines: v.tuple([line, line]),
      }),
    ),
    v.nonEmpty(),
  ),
});

/**
 * The deck in a shared deck file, or why the file is refused.
 *
 * @example
 * parseDeckFile('{"format":"deckwright-backup"}') // { ok: false, problem: { code: 'backup' } }
 */
export function parseDeckFile(
  content: string,
): { ok: true; deck: Deck } | { ok: false; problem: DeckFileProblem } {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: { code: 'foreign' } };
  }
  if ('format' in value && value.format === 'deckwright-backup') {
    return { ok: false, problem: { code: 'backup' } };
  }
  if (!('cards' in value) || !('generator' in value)) {
    return { ok: false, problem: { code: 'foreign' } };
  }
  const parsed = v.safeParse(deckSchema, value);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    return { ok: false, problem: { code: 'damaged', path: v.getDotPath(issue) ?? '' } };
  }
  const deck = parsed.output;
  const ids = new Set<string>();
  for (const [index, card] of deck.cards.entries()) {
    if (!card.id.startsWith(`${deck.id}:`) || ids.has(card.id)) {
      return { ok: false, problem: { code: 'damaged', path: `cards.${String(index)}.id` } };
    }
    ids.add(card.id);
  }
  return { ok: true, deck };
}
