import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { bundledDecks } from '../../helpers/bundled-decks.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';

const realNow = clock.now;

// The pages are lazy routes: load (and transform) their modules once up front, so the first test
// does not spend its time budget on that under a busy machine.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/features/browse/components/browse-page.tsx'),
    import('../../../src/features/browse/components/card-page.tsx'),
  ]);
});
function bundledDeck(id: string) {
  const deck = bundledDecks.find((candidate) => candidate.id === id);
  if (deck === undefined) throw new Error(`No bundled deck ${id}`);
  return deck;
}
const kpoDa = bundledDeck('kpo-da');

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  await resetDatabaseForTests();
  await syncDecks(db, [...bundledDecks, makeDeck('big', 120)], FIXED_NOW);
});
afterEach(() => {
  clock.now = realNow;
});

function resultLinks() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('card browser', () => {
  it('finds “Økonomiske konsulenter” in kpo-da when typing “okonomiske”', async () => {
    const user = userEvent.setup();
    renderApp('/decks/kpo-da/cards');
    await screen.findByRole('table');
    expect(resultLinks()).toHaveLength(kpoDa.cards.length);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'okonomiske');
    // Counted independently of the search: the cards whose text holds the word as written.
    const expected = kpoDa.cards.filter((card) =>
      `${card.front} ${card.back}`.includes('Økonomiske'),
    );
    await waitFor(() => {
      expect(resultLinks()).toHaveLength(expected.length);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(resultLinks()).toEqual(expected.map((card) => card.front));
    // One of them hides the term itself (its back is "Økonomiske konsulenter"); the others show it.
    expect(resultLinks().filter((text) => text.includes('Økonomiske konsulenter'))).toHaveLength(
      expected.length - 1,
    );
    expect(screen.getByRole('table').querySelector('th[lang="da"]')).not.toBeNull();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ØKONOM');
    await waitFor(() => {
      expect(resultLinks()).toHaveLength(expected.length);
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' zz');
    expect(await screen.findByText('No card matches.')).toBeInTheDocument();
    // Typing 20 characters into a live-filtered list: allow for a busy machine.
  }, 15_000);

  it('filters by state and kind and sorts by due date', async () => {
    await answerAt('big:list:0005', Rating.Good, FIXED_NOW); // learning, due in 10 min
    await answerAt('big:list:0003', Rating.Again, minutesAfter(FIXED_NOW, -30)); // due at -29 min
    const user = userEvent.setup();
    renderApp('/decks/big/cards');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Learning');
    await waitFor(() => {
      expect(resultLinks()).toEqual(['Question 4', 'Question 6']);
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Due date (soonest first)',
    );
    await waitFor(() => {
      expect(resultLinks()).toEqual(['Question 4', 'Question 6']);
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'FAQ');
    expect(await screen.findByText('No card matches.')).toBeInTheDocument();
  });

  it('pages through a large deck 50 cards at a time', async () => {
    const user = userEvent.setup();
    renderApp('/decks/big/cards');
    await screen.findByRole('table');
    expect(screen.getByText('Cards 1–50 of 120')).toBeInTheDocument();
    expect(resultLinks()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Cards 51–100 of 120')).toBeInTheDocument();
    expect(resultLinks()[0]).toBe('Question 51');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(resultLinks()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('opens a card’s page with its FSRS state, next due date and review history', async () => {
    await answerAt('big:list:0000', Rating.Good, minutesAfter(FIXED_NOW, -20));
    await answerAt('big:list:0000', Rating.Good, minutesAfter(FIXED_NOW, -10));
    const user = userEvent.setup();
    renderApp('/decks/big/cards');
    await user.click(await screen.findByRole('link', { name: 'Question 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Question 1' })).toBeVisible();
    const state = screen.getByText('State', { selector: 'dt' }).nextElementSibling;
    expect(state).toHaveTextContent('Review');
    const card = await db.cards.get('big:list:0000');
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      card?.due,
    );
    expect(screen.getByText('Next due', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      due,
    );
    const history = within(screen.getByRole('table'));
    const rows = history.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Good',
      'Good',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'New',
      'Learning',
    ]);
  });

  it('says when a card has no history or does not exist', async () => {
    renderApp('/decks/big/cards/big:list:0001');
    expect(await screen.findByText('This card has not been studied yet.')).toBeInTheDocument();
    expect(screen.getByText('Next due', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'not scheduled yet (new card)',
    );
  });

  it('does not show a card under another deck’s address', async () => {
    renderApp('/decks/kpo-da/cards/big:list:0001');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No card with the id “big:list:0001” in this deck.',
    );
  });
});
