/**
 * The card browser's filtering and sorting: a text query (case- and accent-insensitive, see
 * search-text.ts), a status and a kind filter, and one of four orders. New cards have no
 * meaningful due date, difficulty or retrievability, so those orders put them last, in document
 * order.
 */
import type { CardKind } from '../deck/deck-types.ts';
import { State } from '../scheduling/scheduler.ts';
import { recallProbability } from './card-stats.ts';
import { cardStatusOf, type CardStatus } from './classify.ts';
import { matchesTerms, normalizeForSearch, searchTerms } from './search-text.ts';
import type { StatsCard } from './stats-types.ts';

export const BROWSE_SORTS = ['position', 'due', 'difficulty', 'retrievability'] as const;
/**
 * `position`: document order; `due`: soonest first; `difficulty`: hardest first;
 * `retrievability`: least likely to be recalled first.
 */
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** What the browser needs of a card; stored card records fit. */
export interface BrowseCard extends StatsCard {
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly position: number;
}

export interface BrowseQuery {
  readonly text: string;
  readonly status: CardStatus | 'all';
  readonly kind: CardKind | 'all';
  readonly sort: BrowseSort;
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

function compareBy<C extends BrowseCard>(
  sort: BrowseSort,
): (a: BrowseRow<C>, b: BrowseRow<C>) => number {
  const byPosition = (a: BrowseRow<C>, b: BrowseRow<C>) => a.card.position - b.card.position;
  if (sort === 'position') return byPosition;
  const key = (row: BrowseRow<C>): number | null => {
    if (row.card.state === State.New) return null;
    switch (sort) {
      case 'due':
        return row.card.due.getTime();
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
 *   { now, lang: 'da' });
 * // → rows of the cards whose text contains "Økonomiske"
 */
export function browseCards<C extends BrowseCard>(
  cards: readonly C[],
  query: BrowseQuery,
  options: { now: Date; lang: string; searchIndex?: ReadonlyMap<string, string> },
): BrowseRow<C>[] {
  const terms = searchTerms(query.text, options.lang);
  const rows: BrowseRow<C>[] = [];
  for (const card of cards) {
    if (query.kind !== 'all' && card.kind !== query.kind) continue;
    const status = cardStatusOf(card);
    if (query.status !== 'all' && status !== query.status) continue;
    if (terms.length > 0) {
      const text = options.searchIndex?.get(card.id) ?? searchableText(card, options.lang);
      if (!matchesTerms(text, terms)) continue;
    }
    rows.push({ card, status, retrievability: recallProbability(card, options.now) });
  }
  return rows.sort(compareBy<C>(query.sort));
}
