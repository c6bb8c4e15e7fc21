import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { applyCardAction } from '../../../src/storage/card-actions.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { Queue } from '../../../src/storage/db.ts';
import { editCardText } from '../../../src/storage/study-repository.ts';
import { useCardActions } from '../../../src/features/browse/card-actions-store.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';

const realNow = clock.now;
const CARD = 'a:list:0001';
const PAGE = `/decks/a/cards/${CARD}`;

beforeAll(async () => {
  await import('../../../src/features/browse/components/card-page.tsx');
});
beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  useCardActions.setState({ notice: null, busy: false });
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 3, { language: 'sk' })], FIXED_NOW);
  await answerAt(CARD, Rating.Good, minutesAfter(FIXED_NOW, -60));
  await answerAt(CARD, Rating.Good, minutesAfter(FIXED_NOW, -30));
});
afterEach(() => {
  clock.now = realNow;
});

/** The history table's rows: grade (or what was done by hand), state before, time taken. */
function historyRows() {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row).getAllByRole('cell');
      return [cells[0], cells[1], cells[3]].map((cell) => cell?.textContent);
    });
}

async function stored() {
  const card = await db.cards.get(CARD);
  if (card === undefined) throw new Error('card gone');
  return card;
}

describe('card page actions', () => {
  it('edits both sides in the deck’s language', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const front = screen.getByRole('textbox', { name: 'Front' });
    expect(front).toHaveAttribute('lang', 'sk');
    expect(screen.getByRole('textbox', { name: 'Back' })).toHaveAttribute('lang', 'sk');
    await user.clear(front);
    await user.type(front, 'Nová otázka');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nová otázka' })).toHaveAttribute(
      'lang',
      'sk',
    );
    expect(await stored()).toMatchObject({ front: 'Nová otázka', back: 'Answer 2', edited: true });
  });

  it('refuses an empty side with a message, storing nothing', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByRole('textbox', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A card needs a front and a back.');
    expect((await stored()).back).toBe('Answer 2');
  });

  it('keeps the typed text when the card changed elsewhere, and replaces it on the second save', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const front = screen.getByRole('textbox', { name: 'Front' });
    await user.clear(front);
    await user.type(front, 'Moja verzia');
    const seen = await stored();
    await editCardText(db, CARD, seen.version, { front: 'Iná karta', back: seen.back }, FIXED_NOW);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This card was changed elsewhere');
    expect(front).toHaveValue('Moja verzia');
    expect((await stored()).front).toBe('Iná karta');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: 'Moja verzia' });
    expect((await stored()).front).toBe('Moja verzia');
  });

  it('leaves the card unchanged on Escape', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Front' }), ' navyše');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Front' })).toBeNull();
    expect((await stored()).front).not.toContain('navyše');
  });

  it('suspends and unsuspends; buries and unburies', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Suspend' }));
    await user.click(await screen.findByRole('button', { name: 'Unsuspend' }));
    await screen.findByRole('button', { name: 'Suspend' });
    expect((await stored()).queue).toBe(Queue.Review);
    await user.click(screen.getByRole('button', { name: 'Bury until tomorrow' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Buried 1 card until tomorrow.');
    });
    expect((await stored()).queue).toBe(Queue.Buried);
    await user.click(await screen.findByRole('button', { name: 'Unbury' }));
    await screen.findByRole('button', { name: 'Bury until tomorrow' });
    expect((await stored()).queue).toBe(Queue.Review);
  });

  it('resets to new, asking whether to keep the history; undo brings it back', async () => {
    const user = userEvent.setup();
    renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Reset to new' }));
    screen.getByRole('alertdialog', { name: /Reset 1 card to new\?.*Keep its review history\?/ });
    await user.click(screen.getByRole('button', { name: 'Reset and delete the history' }));
    // Its history is the reset alone, which is no review.
    await waitFor(() => {
      expect(historyRows()).toEqual([['Reset to new', '—', '—']]);
    });
    expect(await stored()).toMatchObject({ state: State.New, reps: 0 });
    await expectSummariesInStep(db);

    await user.click(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Undone: Reset 1 card to new.');
    });
    expect((await stored()).reps).toBe(2);
    expect(await db.reviewLog.where('cardId').equals(CARD).count()).toBe(2);
  });

  it('lists resets and reschedules by hand in the history, marked, and counts no review for them', async () => {
    const due = minutesAfter(FIXED_NOW, 3 * 24 * 60);
    await applyCardAction(db, [CARD], { type: 'reschedule', due }, minutesAfter(FIXED_NOW, -20));
    await applyCardAction(
      db,
      [CARD],
      { type: 'forget', keepHistory: true },
      minutesAfter(FIXED_NOW, -10),
    );
    const user = userEvent.setup();
    renderApp(PAGE);
    await screen.findByRole('table');
    const dueText = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(due);
    expect(historyRows()).toEqual([
      ['Good', 'New', '3 sec'],
      ['Good', 'Learning', '3 sec'],
      [`Rescheduled: due ${dueText}`, 'Review', '—'],
      ['Reset to new', '—', '—'],
    ]);
    expect(
      screen.getByText(
        'Resets to new and reschedules made by hand are listed with the answers but do not count as reviews.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    screen.getByRole('alertdialog', { name: 'Delete 1 card and its 2 reviews?' });
  });

  it('deletes after a confirmation naming its reviews, then shows the deck’s cards', async () => {
    const user = userEvent.setup();
    const app = renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const question = screen.getByRole('alertdialog', { name: 'Delete 1 card and its 2 reviews?' });
    expect(question).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Delete' })[1] as HTMLElement);
    await waitFor(() => {
      expect(app.pathname()).toBe('/cards');
    });
    expect(await db.cards.get(CARD)).toBeUndefined();
    expect(await db.reviewLog.count()).toBe(0);
    await expectSummariesInStep(db);
  });
});
