import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { countDueToday } from '../../../src/storage/queue-repository.ts';
import { Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

const realNow = clock.now;
let now = FIXED_NOW;

beforeEach(async () => {
  now = FIXED_NOW;
  clock.now = () => now;
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 3)], FIXED_NOW);
});
afterEach(() => {
  clock.now = realNow;
});

function counts() {
  return screen.getByLabelText(/^Remaining:/).getAttribute('aria-label');
}

/** Waits until the card shown is `text` (answers are written asynchronously). */
async function expectFront(text: string) {
  await waitFor(() => {
    expect(screen.getByTestId('card-front')).toHaveTextContent(text);
  });
}

describe('study screen, keyboard only', () => {
  it('shows the front, reveals with Space, grades with 1–4 and shows next intervals', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    expect(counts()).toBe('Remaining: 3 new, 0 learning, 0 to review');
    expect(screen.queryByTestId('card-back')).toBeNull();

    await user.keyboard(' ');
    expect(screen.getByTestId('card-back')).toHaveTextContent('Answer 1');
    const grades = within(screen.getByRole('group', { name: 'How well did you remember?' }));
    expect(
      grades.getAllByRole('button').map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Again, next in 1m (key 1)',
      'Hard, next in 6m (key 2)',
      'Good, next in 10m (key 3 or Space)',
      'Easy, next in 10d (key 4)',
    ]);

    await user.keyboard('3');
    await expectFront('Question 2');
    // As in Anki, the counts include the card on screen.
    expect(counts()).toBe('Remaining: 2 new, 1 learning, 0 to review');
    const stored = await db.cards.get('a:list:0000');
    expect(stored?.state).toBe(State.Learning);
    expect(stored?.due).toEqual(minutesAfter(FIXED_NOW, 10));
  });

  it('Space on the answer side grades Good, as the button says; counts are labelled', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    expect(screen.getByLabelText(/^Remaining:/)).toHaveTextContent('New 3Learning 0Review 0');
    expect(screen.getByRole('button', { name: /^Undo/ })).toBeDisabled();
    await user.keyboard(' ');
    // The keys are shown on the button (over it, hidden from screen readers: its name has them).
    expect(screen.getByRole('button', { name: /^Good,/ }).parentElement).toHaveTextContent(
      '3 or Space',
    );
    await user.keyboard(' ');
    await expectFront('Question 2');
    const logs = await db.reviewLog.toArray();
    expect(logs.map((log) => log.rating)).toEqual([Rating.Good]);
    await waitFor(() => {
      expect(screen.getByRole('button', { name: /^Undo/ })).toBeEnabled();
    });
  });

  it('? lists the screen’s shortcuts, and closes them again', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    await user.keyboard('?');
    const help = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Show the answer; on the answer side, grade Good')).toBeVisible();
    expect(
      within(help)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Space / Enter', '1 2 3 4', 'Ctrl+Z', '-', '@', 'e', '?']);
    await user.keyboard('?');
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('ends with the next steps: unbury, quiz this deck, the next deck with cards due', async () => {
    await syncDecks(db, [makeDeck('a', 1), makeDeck('b', 2)], FIXED_NOW);
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    await user.keyboard('-');
    const next = await screen.findByRole('navigation', { name: 'What next?' });
    expect(within(next).getByRole('link', { name: 'Quiz yourself on this deck' })).toHaveAttribute(
      'href',
      '/decks/a/quiz',
    );
    expect(
      within(next).getByRole('link', { name: 'Study the next deck with cards due: Deck b' }),
    ).toHaveAttribute('href', '/decks/b/study');
    expect(within(next).getByText('Tomorrow 0 cards of this deck come due.')).toBeVisible();
    await user.click(within(next).getByRole('button', { name: 'Unbury 1 card and study it' }));
    await expectFront('Question 1');
  });

  it('studies more new cards today from the session end, for today only', async () => {
    await syncDecks(db, [makeDeck('m', 6)], FIXED_NOW);
    await db.decks.update('m', { options: { ...DEFAULT_DECK_OPTIONS, newPerDay: 1 } });
    const user = userEvent.setup();
    renderApp('/decks/m/study');
    await expectFront('Question 1');
    await user.keyboard(' 4');
    const more = await screen.findByRole('form', { name: 'Study more new cards today' });
    expect(within(more).getByText('This deck has 5 new cards not studied yet.')).toBeVisible();
    expect(
      within(more)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['10 more', '20 more', '50 more', 'Study them']);
    await user.type(within(more).getByRole('spinbutton', { name: 'How many more' }), '1');
    await user.click(within(more).getByRole('button', { name: 'Study them' }));
    await expectFront('Question 2');
    expect(counts()).toBe('Remaining: 1 new, 0 learning, 0 to review');
    await user.keyboard(' 4');
    await user.click(
      await within(
        await screen.findByRole('form', { name: 'Study more new cards today' }),
      ).findByRole('button', { name: '10 more' }),
    );
    await expectFront('Question 3');
    expect(counts()).toBe('Remaining: 4 new, 0 learning, 0 to review');
    expect(await db.settings.get('study.extraNew:m')).toMatchObject({ value: { count: 11 } });
    // The next study day starts from the deck's own limit again.
    expect(await countDueToday(db, 'm', minutesAfter(FIXED_NOW, 24 * 60))).toMatchObject({
      new: 1,
    });
  });

  it('grades by the key’s place on any layout: Slovak š on Digit3 is Good, Numpad1 is Again', async () => {
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    fireEvent.keyDown(window, { key: ' ', code: 'Space' });
    await screen.findByTestId('card-back');
    fireEvent.keyDown(window, { key: 'š', code: 'Digit3' });
    await expectFront('Question 2');
    expect((await db.cards.get('a:list:0000'))?.state).toBe(State.Learning);
    expect((await db.cards.get('a:list:0000'))?.due).toEqual(minutesAfter(FIXED_NOW, 10));
    fireEvent.keyDown(window, { key: ' ', code: 'Space' });
    await screen.findByTestId('card-back');
    fireEvent.keyDown(window, { key: 'End', code: 'Numpad1' });
    await expectFront('Question 3');
    expect((await db.cards.get('a:list:0001'))?.due).toEqual(minutesAfter(FIXED_NOW, 1));
  });

  it('each card shown moves the focus to it, so a screen reader reads it, also after a key', async () => {
    const user = userEvent.setup();
    const focusedCards: (string | null)[] = [];
    // What a screen reader hears of: the focus arriving (the focused element alone says nothing).
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.tagName === 'ARTICLE') {
        focusedCards.push(
          event.target.querySelector('[data-testid="card-front"]')?.textContent ?? null,
        );
      }
    };
    document.addEventListener('focusin', onFocus);
    try {
      renderApp('/decks/a/study');
      await expectFront('Question 1');
      await waitFor(() => {
        expect(focusedCards).toEqual(['Question 1']);
      });
      // The focus is on the card already when the grade key is pressed.
      expect(screen.getByRole('article', { name: 'Question 1' })).toHaveFocus();
      await user.keyboard(' ');
      await user.keyboard('3');
      await expectFront('Question 2');
      // The focus moves once the card is painted (a card replaced before then was never seen).
      await waitFor(() => {
        expect(screen.getByRole('article', { name: 'Question 2' })).toHaveFocus();
      });
      await user.keyboard('{Enter}');
      await user.keyboard('1');
      await expectFront('Question 3');
      await waitFor(() => {
        expect(focusedCards).toEqual(['Question 1', 'Question 2', 'Question 3']);
      });
      expect(screen.getByRole('article', { name: 'Question 3' })).toHaveFocus();
    } finally {
      document.removeEventListener('focusin', onFocus);
    }
  });

  it('Enter reveals too; Ctrl+Z undoes the last answer and shows that card again', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await expectFront('Question 2');
    await user.keyboard('{Control>}z{/Control}');
    await expectFront('Question 1');
    expect(screen.getByRole('status')).toHaveTextContent('The last answer was undone.');
    expect(counts()).toBe('Remaining: 3 new, 0 learning, 0 to review');
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(0);
  });

  it('buries with -, suspends with @ and edits with e', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    await user.keyboard('-');
    await expectFront('Question 2');
    expect(screen.getByRole('status')).toHaveTextContent('Card buried until tomorrow.');
    await user.keyboard('@');
    await expectFront('Question 3');
    expect((await db.cards.get('a:list:0001'))?.suspended).toBe(true);
    expect((await db.cards.get('a:list:0000'))?.buriedUntil).toEqual(new Date(2026, 2, 16, 4));

    await user.keyboard('e');
    const form = screen.getByRole('form', { name: 'Edit card' });
    const frontField = within(form).getByLabelText('Front');
    await user.clear(frontField);
    await user.type(frontField, 'Question three, reworded');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await expectFront('Question three, reworded');
    expect((await db.cards.get('a:list:0002'))?.edited).toBe(true);
  });

  it('a refused stale edit keeps the typed text and shows the card as it is now', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await expectFront('Question 1');
    await user.keyboard('e');
    const form = screen.getByRole('form', { name: 'Edit card' });
    const frontField = within(form).getByLabelText('Front');
    await user.clear(frontField);
    await user.type(frontField, 'My wording');
    // Another tab edits the card meanwhile.
    await db.cards.update('a:list:0000', { front: 'Their wording', version: 7 });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'This card was changed in another tab, so your edit was not saved.',
    );
    expect(within(form).getByLabelText('Front')).toHaveValue('My wording');
    const current = within(form).getByRole('region', { name: 'The card as it is now' });
    expect(current).toHaveTextContent('Their wording');
    expect(current).toHaveTextContent('Answer 1');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await expectFront('My wording');
    expect((await db.cards.get('a:list:0000'))?.front).toBe('My wording');
  });

  it('ends with a summary and says when to come back for learning cards', async () => {
    await db.decks.update('a', { options: { ...DEFAULT_DECK_OPTIONS, learnAheadMinutes: 0 } });
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    for (const [question, key] of [
      ['Question 1', '3'],
      ['Question 2', '1'],
      ['Question 3', '3'],
    ] as const) {
      await expectFront(question);
      now = new Date(now.getTime() + 20_000);
      await user.keyboard(' ');
      await user.keyboard(key);
    }
    // Question 2 (Again at 0:40) is due a minute later, at 1:40; learning ahead is off.
    expect(await screen.findByText(/Come back at/)).toHaveTextContent(
      `Come back at ${new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(FIXED_NOW.getTime() + 100_000))}`,
    );
    expect(screen.getByText('3 cards studied')).toBeInTheDocument();
    expect(screen.getByText('Time spent: 1:00')).toBeInTheDocument();
    expect(screen.getByText('Again: 33% of answers')).toBeInTheDocument();
    expect(await screen.findByText(/^Next card due:/)).toBeInTheDocument();
    expect(await db.reviewLog.count()).toBe(3);
  });
});
