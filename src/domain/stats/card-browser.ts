/**
 * The card browser's filtering and sorting: a text query (case- and accent-insensitive, see
 * search-text.ts), a status and a kind filter, and one of four orders. New cards have no
 * meaningful due date, difficulty or retrievability, so those orders put them last, in document
 * order.
 */
import type { CardKind } from '../deck/deck-types.ts';
import { State } from '../scheduling/scheduler.ts';
import { weightsOfDeck, type DeckWeights } from '../scheduling/retrievability.ts';
import { recallProbability } from './card-stats.ts';
import { CARD_STATUSES, cardStatusOf, type CardStatus } from './classify.ts';
import { matchesTerms, normalizeForSearch, searchTerms } from './search-text.ts';
import type { StatsCard } from './stats-types.ts';

export const BROWSE_SORTS = [
  'position',
  'front',
  'back',
  'deck',
  'kind',
  'status',
  'due',
  'interval',
  'difficulty',
  'retrievability',
  'lapses',
] as const;
/**
 * `position`: document order; `front`, `back`: alphabetical; `deck`: by deck, then document
 * order; `kind`, `status`: grouped; `due`: soonest first; `interval`: shortest first;
 * `difficulty`: hardest first; `retrievability`: least likely to be recalled first; `lapses`:
 * most first. `descending` turns any of them round.
 */
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** What the browser needs of a card; stored card records fit. */
export interface BrowseCard extends StatsCard {
  readonly deckId: string;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly position: number;
  readonly lapses: number;
}

export interface BrowseQuery {
  readonly text: string;
  readonly status: CardStatus | 'all';
  readonly kind: CardKind | 'all';
  readonly sort: BrowseSort;
  /** The reverse of the sort's own order. */
  readonly descending?: boolean;
  /** Only this deck's cards; every deck's when absent. */
  readonly deckId?: string;
}

export interface BrowseRow<C extends BrowseCard = BrowseCard> {
  readonly card: C;
  readonly status: CardStatus;
  /** Probability of recall at `now`, 0–1; `null` for a new card. */
  readonly retrievability: number | null;
}

/**
 * The searchable text of a card (front and back), normalised once so that typing in the search
 * box does not normalise every card again.
 *
 * @example
 * const index = new Map(cards.map((card) => [card.id, searchableText(card, 'da')]));
 */
export function searchableText(card: Pick<BrowseCard, 'front' | 'back'>, lang: string): string {
  return normalizeForSearch(`${card.front}\n${card.back}`, lang);
}

/** Text orders follow the language's alphabet when there is one (``: the host's). */
function collatorFor(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang === '' ? undefined : lang);
  } catch {
    return new Intl.Collator();
  }
}

function compareBy<C extends BrowseCard>(
  sort: BrowseSort,
  lang: string,
): (a: BrowseRow<C>, b: BrowseRow<C>) => number {
  const byPosition = (a: BrowseRow<C>, b: BrowseRow<C>) =>
    a.card.deckId === b.card.deckId
      ? a.card.position - b.card.position
      : a.card.deckId < b.card.deckId
        ? -1
        : 1;
  const collator = collatorFor(lang);
  switch (sort) {
    case 'position':
    case 'deck':
      return byPosition;
    case 'front':
    case 'back':
      return (a, b) => collator.compare(a.card[sort], b.card[sort]) || byPosition(a, b);
    case 'kind':
      return (a, b) => collator.compare(a.card.kind, b.card.kind) || byPosition(a, b);
    case 'status':
      return (a, b) =>
        CARD_STATUSES.indexOf(a.status) - CARD_STATUSES.indexOf(b.status) || byPosition(a, b);
    case 'lapses':
      return (a, b) => b.card.lapses - a.card.lapses || byPosition(a, b);
    case 'due':
    case 'interval':
    case 'difficulty':
    case 'retrievability':
      break;
  }
  const key = (row: BrowseRow<C>): number | null => {
    if (row.card.state === State.New) return null;
    switch (sort) {
      case 'due':
        return row.card.due.getTime();
      case 'interval':
        return row.card.scheduled_days;
      case 'difficulty':
        return -row.card.difficulty;
      case 'retrievability':
        return row.retrievability;
    }
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? byPosition(a, b) : ka === null ? 1 : -1;
    return ka - kb || byPosition(a, b);
  };
}

/**
 * The cards matching `query`, in its order. `searchIndex` maps card ids to
 * {@link searchableText}; cards missing from it are normalised on the fly.
 *
 * @example
 * browseCards(cards, { text: 'okonomiske', status: 'all', kind: 'all', sort: 'position' },
 *   { now, lang: 'da', deckWeights: weightsByDeck(decks) });
 * // → rows of the cards whose text contains "Økonomiske"
 */
export function browseCards<C extends BrowseCard>(
  cards: readonly C[],
  query: BrowseQuery,
  options: {
    now: Date;
    lang: string;
    /** Retrievability follows each card's deck's weights (FSRS's defaults when not listed). */
    deckWeights: DeckWeights;
    searchIndex?: ReadonlyMap<string, string>;
  },
): BrowseRow<C>[] {
  const terms = searchTerms(query.text, options.lang);
  const rows: BrowseRow<C>[] = [];
  for (const card of cards) {
    if (query.deckId !== undefined && card.deckId !== query.deckId) continue;
    if (query.kind !== 'all' && card.kind !== query.kind) continue;
    const status = cardStatusOf(card);
    if (query.status !== 'all' && status !== query.status) continue;
    if (terms.length > 0) {
      const text = options.searchIndex?.get(card.id) ?? searchableText(card, options.lang);
      if (!matchesTerms(text, terms)) continue;
    }
    const weights = weightsOfDeck(options.deckWeights, card.deckId);
    rows.push({ card, status, retrievability: recallProbability(card, options.now, weights) });
  }
  const compare = compareBy<C>(query.sort, options.lang);
  return rows.sort(query.descending === true ? (a, b) => compare(b, a) : compare);
}
