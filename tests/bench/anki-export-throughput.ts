/**
 * The Anki package export in Node: a 10,000-card deck with 100,000 answers (ten per card, a
 * day or more apart) through the same two steps the export worker runs — building the rows
 * (buildAnkiCollection) and writing them with sql.js and fflate (writeAnkiPackage) — timed
 * together, with the package's size. Reading IndexedDB is not part of it (the statistics and
 * seeding figures cover reading that many rows).
 */
import { performance } from 'node:perf_hooks';
import initSqlJs from 'sql.js';
import type { ExportCard, ExportReview } from '../../src/domain/anki-export/anki-rows.ts';
import { buildAnkiCollection } from '../../src/domain/anki-export/build-collection.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { Rating, State } from '../../src/domain/scheduling/fsrs-vocabulary.ts';
import { DAY_MS } from '../../src/domain/time/time-units.ts';
import { writeAnkiPackage } from '../../src/features/decks/anki-export/write-package.ts';

const REVIEWS_PER_CARD = 10;
const START = Date.UTC(2025, 0, 1, 9);

function syntheticDeck(cardCount: number) {
  const now = new Date(START + 400 * DAY_MS);
  const cards: ExportCard[] = [];
  const reviews: ExportReview[] = [];
  for (let index = 0; index < cardCount; index += 1) {
    const id = `bench-anki:faq:${String(index)}`;
    let at = START + (index % 100) * DAY_MS + index * 1000;
    for (let answer = 0; answer < REVIEWS_PER_CARD; answer += 1) {
      reviews.push({
        cardId: id,
        durationMs: 3000 + (index % 7) * 1000,
        rating: answer % 5 === 4 ? Rating.Again : Rating.Good,
        state: answer === 0 ? State.New : State.Review,
        review: new Date(at),
        due: new Date(at),
        stability: 2 + answer,
        difficulty: 5,
        // ts-fsrs 5 still requires these on ReviewLog and Card; they go away in 6.0.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        elapsed_days: 0,
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        last_elapsed_days: 0,
        scheduled_days: answer + 1,
        learning_steps: 0,
      });
      at += (answer + 1) * DAY_MS;
    }
    cards.push({
      id,
      position: index,
      kind: index % 3 === 0 ? 'highlight' : 'faq',
      front:
        index % 3 === 0
          ? `Sentence ${String(index)} hides _____ here.`
          : `Question ${String(index)}?`,
      back: `Answer ${String(index)}`,
      context: index % 3 === 0 ? `Sentence ${String(index)} hides the answer here.` : '',
      tags: ['bench'],
      suspended: false,
      buriedUntil: null,
      due: new Date(at),
      stability: 30,
      difficulty: 5,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      elapsed_days: 0,
      scheduled_days: REVIEWS_PER_CARD,
      reps: REVIEWS_PER_CARD,
      lapses: 2,
      learning_steps: 0,
      state: State.Review,
      last_review: new Date(at - REVIEWS_PER_CARD * DAY_MS),
    });
  }
  return { cards, reviews, now };
}

export interface AnkiExportRun {
  readonly ms: number;
  readonly bytes: number;
  readonly revlogRows: number;
}

/** One export of a synthetic deck of `cardCount` cards with ten answers each. */
export async function measureAnkiExport(cardCount: number): Promise<AnkiExportRun> {
  const SQL = await initSqlJs();
  const { cards, reviews, now } = syntheticDeck(cardCount);
  const deck = {
    id: 'bench-anki',
    title: 'Bench › Anki',
    description: '',
    options: DEFAULT_DECK_OPTIONS,
  };
  const started = performance.now();
  // The host's zone, as in the export worker.
  const collection = await buildAnkiCollection(deck, cards, reviews, { now, dayStartHour: 4 });
  const bytes = writeAnkiPackage(SQL, collection);
  return {
    ms: performance.now() - started,
    bytes: bytes.length,
    revlogRows: collection.revlog.length,
  };
}
