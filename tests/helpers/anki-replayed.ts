/**
 * An Anki import plan with every card's answers replayed, as the import stores them: each card
 * with its FSRS state, and every review row of the plan in card order. The plan itself replays
 * a card only when the import writes it (see anki-import-plan.ts).
 */
import type {
  AnkiCardPlan,
  AnkiImportPlan,
  AnkiReviewPlan,
} from '../../src/domain/anki/anki-import-plan.ts';
import type { FsrsCard } from '../../src/domain/scheduling/scheduler.ts';

export interface ReplayedPlan extends Omit<AnkiImportPlan, 'cards'> {
  readonly cards: (AnkiCardPlan & FsrsCard)[];
  readonly reviews: AnkiReviewPlan[];
}

export function replayedPlan(plan: AnkiImportPlan): ReplayedPlan {
  const reviews: AnkiReviewPlan[] = [];
  const cards = plan.cards.map((card) => {
    const replayed = plan.replay(card);
    reviews.push(...replayed.reviews);
    return { ...card, ...replayed.state, id: card.id };
  });
  return { ...plan, cards, reviews };
}
