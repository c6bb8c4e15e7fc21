import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { Queue } from '../../../src/storage/db.ts';
import { useCardActions } from '../../../src/features/browse/card-actions-store.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';

const realNow = clock.now;

beforeAll(async () => {
  await import('../../../src/features/browse/components/browse-page.tsx');
});
beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  useCardActions.setState({ notice: null, busy: false });
  await resetDatabaseForTests();
  const b = makeDeck('b', 2, { title: 'Zweites' });
  const cards = b.cards.map((card, index) => ({ ...card, front: `Frage ${String(index + 1)}` }));
  await syncDecks(db, [makeDeck('a', 6), { ...b, cards }], FIXED_NOW);
  await answerAt('a:list:0001', Rating.Good, minutesAfter(FIXED_NOW, -60));
  await answerAt('a:list:0002', Rating.Again, minutesAfter(FIXED_NOW, -60));
});
afterEach(() => {
  clock.now = realNow;
});

const checkbox = (front: string) => screen.getByRole('checkbox', { name: `Select “${front}”` });
const checked = () =>
  screen
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.getAttribute('aria-label'));

describe('card browser selection and bulk actions', { timeout: 30_000 }, () => {
  it('shows every deck’s cards with their answer and deck; click, shift-click and select all', async () => {
    const user = userEvent.setup();
    renderApp('/cards');
    await screen.findByRole('table');
    expect(screen.getByText('8 cards')).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: 'Zweites' })).toHaveLength(2);
    expect(screen.getByRole('cell', { name: 'Answer 6' })).toBeInTheDocument();

    await user.click(checkbox('Question 2'));
    await user.keyboard('{Shift>}');
    await user.click(checkbox('Question 5'));
    await user.keyboard('{/Shift}');
    expect(checked()).toEqual(
      ['Question 2', 'Question 3', 'Question 4', 'Question 5'].map((f) => `Select “${f}”`),
    );
    expect(screen.getByText('4 cards selected')).toBeInTheDocument();
    await user.click(checkbox('Question 3'));
    expect(screen.getByText('3 cards selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Select all 8 matching' }));
    expect(checked()).toHaveLength(8);
    await user.click(screen.getByRole('button', { name: 'Clear the selection' }));
    expect(checked()).toHaveLength(0);
  });

  it('marks search matches in front and answer, over both sides', async () => {
    const user = userEvent.setup();
    renderApp('/cards');
    await screen.findByRole('table');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'answer 6');
    await waitFor(() => {
      expect(screen.getByText('1 card')).toBeInTheDocument();
    });
    const marks = [...screen.getByRole('table').querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['6', 'Answer', '6']);
  });

  it('sorts by a column header, twice for the other direction', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/cards');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Lapses' }));
    expect(screen.getByRole('columnheader', { name: 'Lapses' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Front' }));
    await user.click(screen.getByRole('button', { name: 'Front' }));
    const fronts = within(screen.getByRole('table'))
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(fronts).toEqual([
      'Question 6',
      'Question 5',
      'Question 4',
      'Question 3',
      'Question 2',
      'Question 1',
    ]);
  });

  it('deletes three cards after naming the count of cards and reviews; Ctrl+Z brings them back with history', async () => {
    const user = userEvent.setup();
    renderApp('/cards?deck=a');
    await screen.findByRole('table');
    for (const front of ['Question 1', 'Question 2', 'Question 3'])
      await user.click(checkbox(front));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const question = await screen.findByRole('alertdialog', {
      name: 'Delete 3 cards and their 2 reviews?',
    });
    await user.click(within(question).getByRole('button', { name: 'Delete' }));
    // The list follows the write through a live query, which a loaded machine can hold up.
    expect(await screen.findByText('3 cards', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await db.reviewLog.count()).toBe(0);
    await expectSummariesInStep(db);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => {
      expect(screen.getByText('6 cards')).toBeInTheDocument();
    });
    expect(screen.getByText('Undone: Deleted 3 cards.')).toBeInTheDocument();
    expect(await db.reviewLog.where('cardId').equals('a:list:0001').count()).toBe(1);
    expect((await db.cards.get('a:list:0002'))?.lapses).toBe(0);
    await expectSummariesInStep(db);
  });

  it('suspends, reschedules and moves the selection, each undoable', async () => {
    const user = userEvent.setup();
    renderApp('/cards?deck=a');
    await screen.findByRole('table');
    await user.click(checkbox('Question 2'));
    await user.click(checkbox('Question 1'));
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await waitFor(async () => {
      expect((await db.cards.get('a:list:0000'))?.queue).toBe(Queue.Suspended);
    });
    await user.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    await waitFor(async () => {
      expect((await db.cards.get('a:list:0000'))?.queue).toBe(Queue.New);
    });

    await user.type(screen.getByLabelText('Due on'), '2026-04-02');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    await waitFor(async () => {
      expect((await db.cards.get('a:list:0001'))?.due).toEqual(new Date(2026, 3, 2, 12));
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Move to deck' }), 'Zweites');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    // The list follows the write through a live query, which a loaded machine can hold up.
    expect(await screen.findByText('4 cards', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect((await db.cards.get('a:list:0001'))?.deckId).toBe('b');
    await expectSummariesInStep(db);
  });
});
