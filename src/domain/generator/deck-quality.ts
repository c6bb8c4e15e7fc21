/**
 * Deck quality against gold annotations, for `npm run deck-quality`: which of the things a
 * careful card-writer would ask (the gold) some card asks, and which cards break a card rule —
 * a back over 40 words, a cloze that hides no key term (by the chooser's own criteria, see
 * key-terms.ts), a duplicate, or a front that contains its answer.
 */
import type { CardKind, Deck, DeckCard } from '../deck/deck-types.ts';
import { buildDeck } from './generate-deck.ts';
import { DeckGenerationError } from './generator-error.ts';
import { collectDocumentTerms, keyTermProblem, withDefinedTerms } from './key-terms.ts';
import { MAX_BACK_WORDS } from './sentences.ts';
import { parseDocument } from './structure.ts';
import { BLANK, foldForCompare, wordCount, wordOverlap } from './text.ts';

/** One thing a careful card-writer would ask: covered when one card shows all of `all`. */
export interface GoldItem {
  ask: string;
  all: readonly string[];
}

export type Rule = 'long back' | 'cloze target' | 'duplicate' | 'front has answer';

export interface RuleBreak {
  card: DeckCard;
  rule: Rule;
  detail: string;
}

export interface DeckQuality {
  /** The deck's cards; none when the document gave nothing to learn. */
  cards: readonly DeckCard[];
  kinds: Partial<Record<CardKind, number>>;
  covered: GoldItem[];
  missed: GoldItem[];
  breaks: RuleBreak[];
}

/** How a formula card (formulas.ts) asks for its expression: "Equity = ?". */
const FORMULA_BLANK = ' = ?';

/**
 * A cloze asks its sentence: the front with the answer in the blank; a formula card asks its
 * formula, the expression in place of the "?".
 */
function asks(card: DeckCard, item: GoldItem): boolean {
  const filled = card.front.includes(BLANK)
    ? card.front.split(BLANK).join(card.back)
    : card.front.endsWith(FORMULA_BLANK)
      ? `${card.front.slice(0, -1)}${card.back}`
      : '';
  const text = foldForCompare(`${card.front}\n${filled}\n${card.back}`);
  return item.all.every((part) => text.includes(foldForCompare(part)));
}

function isCloze(card: DeckCard): boolean {
  return card.kind === 'highlight' && card.front.includes(BLANK);
}

/** Two cards ask the same thing: the same question, or (lists aside) nearly the same words. */
function duplicateOf(card: DeckCard, earlier: readonly DeckCard[]): DeckCard | undefined {
  const front = foldForCompare(card.front);
  const whole = `${card.front} ${card.back}`;
  return earlier.find((other) => {
    if (foldForCompare(other.front) === front) return true;
    if (card.kind === 'list' || other.kind === 'list') return false;
    const otherWhole = `${other.front} ${other.back}`;
    return wordOverlap(whole, otherWhole) >= 0.9 && wordOverlap(otherWhole, whole) >= 0.9;
  });
}

/**
 * The cards of `deck` (generated from `text`) that break a card rule.
 *
 * @example
 * ruleBreaks(deck, text).map((broken) => broken.rule) // ['long back', 'cloze target']
 */
export function ruleBreaks(deck: Deck, text: string): RuleBreak[] {
  const doc = parseDocument(text);
  const terms = withDefinedTerms(
    collectDocumentTerms(text, doc, deck.language),
    deck.cards.filter((card) => card.kind === 'definition').map((card) => card.front),
  );
  const breaks: RuleBreak[] = [];
  deck.cards.forEach((card, index) => {
    const words = wordCount(card.back);
    if (words > MAX_BACK_WORDS) breaks.push({ card, rule: 'long back', detail: `${words} words` });
    if (isCloze(card)) {
      const problem = keyTermProblem(card.back, card.front, terms);
      if (problem) breaks.push({ card, rule: 'cloze target', detail: `${problem}: ${card.back}` });
    }
    const twin = duplicateOf(card, deck.cards.slice(0, index));
    if (twin) breaks.push({ card, rule: 'duplicate', detail: `of ${twin.id}` });
    const back = foldForCompare(card.back);
    if (back !== '' && foldForCompare(card.front).includes(back)) {
      breaks.push({ card, rule: 'front has answer', detail: card.back });
    }
  });
  return breaks;
}

/** The deck of `text`, or undefined when the generator finds nothing to learn in it. */
function deckOrNothing(text: string, fileName: string): Deck | undefined {
  try {
    return buildDeck(text, fileName, '0'.repeat(64));
  } catch (error) {
    if (error instanceof DeckGenerationError && error.code === 'no-cards') return undefined;
    throw error;
  }
}

/**
 * Generates the deck of `text` and judges it against `gold`. A document the generator finds
 * nothing to learn in scores no card and misses every gold item (it is not an error here: the
 * corpus measures exactly such failures).
 *
 * @example
 * evaluateDeck(markdown, 'kpo.da.md', [{ ask: 'What is KPO?', all: ['KPO', 'viden'] }]).missed // []
 */
export function evaluateDeck(
  text: string,
  fileName: string,
  gold: readonly GoldItem[],
): DeckQuality {
  const deck = deckOrNothing(text, fileName);
  const cards = deck?.cards ?? [];
  const kinds: Partial<Record<CardKind, number>> = {};
  for (const card of cards) kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
  const covered = gold.filter((item) => cards.some((card) => asks(card, item)));
  const missed = gold.filter((item) => !covered.includes(item));
  return { cards, kinds, covered, missed, breaks: deck ? ruleBreaks(deck, text) : [] };
}
