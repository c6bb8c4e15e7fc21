import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';

const realNow = clock.now;

// The pages are lazy routes: load (and transform) their modules once up front, so the first test
// does not spend its time budget on that under a busy machine.
beforeAll(async () => {
  await Promise.all([import('../../../src/features/stats/components/stats-page.tsx')]);
});
const YESTERDAY = minutesAfter(FIXED_NOW, -24 * 60);

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  // jsdom draws no canvas: the charts stay empty boxes and the tables carry the figures.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 10), makeDeck('b', 4)], FIXED_NOW);
  // Yesterday: card 0 learnt (Good skips to the 10-minute step, Good again graduates it).
  await answerAt('a:list:0000', Rating.Good, YESTERDAY);
  await answerAt('a:list:0000', Rating.Good, minutesAfter(YESTERDAY, 10));
  // Today: card 0 reviewed (early) and five new cards, three seconds each.
  await answerAt('a:list:0000', Rating.Good, minutesAfter(FIXED_NOW, -30));
  for (const index of [1, 2, 3, 4, 5]) {
    await answerAt(`a:list:000${index}`, Rating.Good, minutesAfter(FIXED_NOW, -20 + index));
  }
  await answerAt('b:list:0000', Rating.Again, minutesAfter(FIXED_NOW, -5));
  await db.quizzes.add({
    deckIds: ['a'],
    seed: 7,
    pool: 'all',
    types: ['multiple-choice'],
    startedAt: minutesAfter(FIXED_NOW, -60),
    finishedAt: minutesAfter(FIXED_NOW, -55),
    durationMs: 300_000,
    total: 4,
    correct: 3,
  });
});
afterEach(() => {
  clock.now = realNow;
});

/** The value shown next to a term in a list of figures. */
function figure(region: HTMLElement, term: string): string | null | undefined {
  return within(region).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

async function region(name: string) {
  return screen.findByRole('region', { name });
}

describe('statistics page', () => {
  it('shows today’s figures, streaks, counts and retention of one deck', async () => {
    renderApp('/decks/a/stats');
    const today = await region('Today');
    expect(figure(today, 'Reviews')).toBe('6');
    expect(figure(today, 'Cards studied')).toBe('6');
    expect(figure(today, 'Time spent')).toBe('18 sec');
    expect(figure(today, 'Again')).toBe('0%');
    expect(figure(today, 'Retention')).toBe('100%');

    const calendar = screen.getByRole('region', { name: 'Calendar' });
    expect(figure(calendar, 'Current streak')).toBe('2 days');
    expect(figure(calendar, 'Longest streak')).toBe('2 days');
    expect(within(calendar).getByRole('img', { name: /2 days studied/ })).toBeInTheDocument();

    const cards = screen.getByRole('region', { name: 'Cards' });
    expect(figure(cards, 'New')).toBe('4 (40%)');
    expect(figure(cards, 'Learning')).toBe('5 (50%)');
    expect(figure(cards, 'Young')).toBe('1 (10%)');

    const retention = within(screen.getByRole('region', { name: 'True retention' }));
    const todayRow = retention.getByRole('row', { name: /^Today/ });
    expect(
      within(todayRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['100% (1 of 1)', '—', '100% (1 of 1)']);

    const memory = screen.getByRole('region', { name: 'Memory (FSRS)' });
    expect(within(memory).getByText(/^Estimated retained knowledge: .* of 6 studied cards/));
    const quizzes = screen.getByRole('region', { name: 'Quiz scores' });
    expect(within(quizzes).getByText('Overall: 75% of the questions answered right.'));
  });

  it('gives every chart a label and a table alternative with the figures', async () => {
    renderApp('/decks/a/stats');
    const reviews = await region('Reviews per day');
    expect(
      within(reviews).getByRole('img', { name: /reviews per day over the last 30 days/ }),
    ).toBeInTheDocument();
    const table = within(reviews).getByRole('table', { name: 'Reviews per day' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(31); // header + 30 days
    expect(rows.at(-1)?.textContent).toBe('Mar 15, 2026' + '5' + '1' + '0' + '0' + '6');
    expect(rows.at(-2)?.textContent).toBe('Mar 14, 2026' + '2' + '0' + '0' + '0' + '2');

    const forecast = screen.getByRole('region', { name: 'Due in the next 30 days' });
    const forecastRows = within(within(forecast).getByRole('table')).getAllByRole('row');
    expect(forecastRows[1]?.textContent).toBe('Mar 15, 2026' + '5');
    // The sentence above the chart adds up to the chart's bars.
    const due = forecastRows
      .slice(1)
      .reduce((sum, row) => sum + Number(row.lastElementChild?.textContent ?? 0), 0);
    expect(due).toBeGreaterThan(0);
    expect(within(forecast).getByTestId('forecast-summary')).toHaveTextContent(
      new RegExp(
        `^${due} cards due in the next 30 days \\(\\d+ of them overdue, counted today\\)\\. \\d+ cards? due after that\\.$`,
      ),
    );

    const memory = screen.getByRole('region', { name: 'Memory (FSRS)' });
    expect(within(memory).getAllByRole('img')).toHaveLength(3);
    expect(within(memory).getAllByRole('table')).toHaveLength(3);
    const quiz = screen.getByRole('region', { name: 'Quiz scores' });
    expect(within(within(quiz).getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
      '75% (3 of 4)',
    );
  });

  it('switches the period and the deck', async () => {
    const user = userEvent.setup();
    const { pathname } = renderApp('/decks/a/stats');
    await region('Today');
    await user.click(screen.getByRole('radio', { name: '90 days' }));
    const reviews = await region('Reviews per day');
    await waitFor(() => {
      expect(within(reviews).getAllByRole('row')).toHaveLength(91);
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), 'All decks');
    expect(pathname()).toBe('/stats');
    await waitFor(() => {
      expect(figure(screen.getByRole('region', { name: 'Today' }), 'Reviews')).toBe('7');
    });
    expect(figure(screen.getByRole('region', { name: 'Today' }), 'Again')).toBe('14.3%');
    // Three full renders of the page (30 days, 90 days, all decks): allow for a busy machine.
  }, 15_000);

  it('says so when the deck does not exist', async () => {
    renderApp('/decks/nope/stats');
    expect(await screen.findByRole('alert')).toHaveTextContent('No deck with the id “nope”.');
  });

  it('is linked from the navigation', async () => {
    const user = userEvent.setup();
    const { pathname } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Statistics' }));
    expect(pathname()).toBe('/stats');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  });
});
