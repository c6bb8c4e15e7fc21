import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { clock } from '../../../src/config/clock.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';

const realNow = clock.now;

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 4), makeDeck('b', 2)], FIXED_NOW);
});
afterEach(() => {
  clock.now = realNow;
});

describe('deck list progress', () => {
  it('shows cards learned of all as a progress bar and the 30-day retention', async () => {
    const start = minutesAfter(FIXED_NOW, -3 * 24 * 60);
    for (const id of ['a:list:0000', 'a:list:0001']) {
      await answerAt(id, Rating.Good, start);
      await answerAt(id, Rating.Good, minutesAfter(start, 10)); // graduates
    }
    await answerAt('a:list:0000', Rating.Good, FIXED_NOW); // review: pass
    await answerAt('a:list:0001', Rating.Again, FIXED_NOW); // review: fail (still learned)
    renderApp('/');
    const progress = await screen.findByRole('progressbar', { name: '2 of 4 cards learned' });
    expect(progress).toHaveAttribute('value', '2');
    expect(progress).toHaveAttribute('max', '4');
    const deckA = progress.closest('li');
    if (deckA === null) throw new Error('no deck item');
    expect(within(deckA).getByText('Retention (30 days): 50%')).toBeInTheDocument();

    const deckB = (
      await screen.findByRole('progressbar', { name: '0 of 2 cards learned' })
    ).closest('li');
    if (deckB === null) throw new Error('no deck item');
    expect(within(deckB).getByText('Retention (30 days): no reviews yet')).toBeInTheDocument();
  });

  it('says why retention is empty when every answer was a learning step', async () => {
    await answerAt('b:list:0000', Rating.Good, FIXED_NOW);
    await answerAt('b:list:0001', Rating.Again, FIXED_NOW);
    renderApp('/');
    const deckB = (
      await screen.findByRole('progressbar', { name: '0 of 2 cards learned' })
    ).closest('li');
    if (deckB === null) throw new Error('no deck item');
    expect(
      await within(deckB).findByText(
        'Retention (30 days): no review-state answers yet: cards are still learning',
      ),
    ).toBeInTheDocument();
  });
});
