/**
 * Deck and card ids. A card id is `${deckId}:${kind}:${hash of its source anchor}`: the anchor is
 * the text that identifies the card in its document (the question, the bullet, the row label and
 * column), never its position, so editing an unrelated paragraph keeps every other id — and with
 * it the learner's review history.
 */
import type { CardKind, DeckCard } from '../deck/deck-types.ts';
import { fnv1a32 } from './hash.ts';
import { foldForCompare } from './text.ts';

/** A card before it gets its id. */
export interface CardDraft {
  kind: CardKind;
  /** Text identifying the card in its document; see the module header. */
  anchor: string;
  front: string;
  back: string;
  context: string;
  lines: [from: number, to: number];
}

/** Letters with no Unicode decomposition to ASCII, folded by hand for readable slugs. */
const ASCII_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
};

/**
 * Readable deck id from a file name: extension dropped, ASCII-folded, lower-case, dashes.
 *
 * @example
 * deckIdFromFileName('bpo.tr.md') // 'bpo-tr'
 * deckIdFromFileName('Öne Çıkanlar.txt') // 'one-cikanlar'
 */
export function deckIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.includes('.') && !base.startsWith('.') ? base.replace(/\.[^.]*$/, '') : base;
  const slug = stem
    .toLowerCase()
    .replace(/[øæœßıđłþðħ]/g, (char) => ASCII_FOLDS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'deck' : slug;
}

/**
 * `wanted` when `taken` lacks it, else `wanted-2`, `wanted-3`, …: a new deck never replaces a
 * stored one by accident.
 *
 * @example
 * firstFreeId('words', new Set(['words'])) // 'words-2'
 */
export function firstFreeId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${wanted}-${String(suffix)}`;
  return id;
}

/**
 * Gives each draft its stable id. Two drafts with the same anchor (the same bullet twice) get
 * `-2`, `-3`, … in document order, so ids stay unique and deterministic.
 *
 * @example
 * assignCardIds('bpo-da', [draft]).map((card) => card.id) // ['bpo-da:faq:1a2b3c4d']
 */
export function assignCardIds(deckId: string, drafts: readonly CardDraft[]): DeckCard[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${deckId}:${draft.kind}:${fnv1a32(foldForCompare(draft.anchor))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}-${count}`,
      kind: draft.kind,
      front: draft.front,
      back: draft.back,
      context: draft.context,
      lines: draft.lines,
    };
  });
}
