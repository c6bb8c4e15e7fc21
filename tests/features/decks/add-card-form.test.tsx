import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { State } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { expectSummariesInStep } from '../../helpers/summaries.ts';

const realNow = clock.now;

beforeAll(async () => {
  await import('../../../src/features/browse/components/browse-page.tsx');
});
beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  await resetDatabaseForTests();
  await syncDecks(
    db,
    [makeDeck('a', 2, { language: 'da' }), makeDeck('b', 1, { language: 'sk' })],
    FIXED_NOW,
  );
});
afterEach(() => {
  clock.now = realNow;
});

/** The hand-made cards of a deck, as [front, back, context], in deck order. */
async function added(deckId: string) {
  const cards = await db.cards.where('deckId').equals(deckId).sortBy('position');
  return cards
    .filter((card) => card.id.includes(':added:'))
    .map((card) => [card.front, card.back, card.context, card.state]);
}

describe('Add a card', { timeout: 30_000 }, () => {
  it('on the deck page: "Add and next" stores, empties the form and goes back to Front; "Add" closes it', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a');
    await user.click(
      await screen.findByRole('button', { name: 'Add a card' }, { timeout: 10_000 }),
    );
    const form = screen.getByRole('form', { name: 'Add a card' });
    expect(screen.queryByRole('combobox', { name: 'Add to deck' })).toBeNull();
    const front = screen.getByRole('textbox', { name: 'Front' });
    expect(front).toHaveFocus();
    expect(front).toHaveAttribute('lang', 'da');
    await user.type(front, 'Hvad er BPO?');
    await user.type(screen.getByRole('textbox', { name: 'Back' }), 'Outsourcing af processer');
    await user.type(
      screen.getByRole('textbox', { name: 'Context (optional, shown with the answer)' }),
      'Fra noterne',
    );
    await user.click(screen.getByRole('button', { name: 'Add and next' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Added 1 card to “Deck a”.');
    expect(screen.getByRole('textbox', { name: 'Front' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Back' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Front' })).toHaveFocus();
    expect(await added('a')).toEqual([
      ['Hvad er BPO?', 'Outsourcing af processer', 'Fra noterne', State.New],
    ]);

    await user.type(screen.getByRole('textbox', { name: 'Front' }), 'Hvad er KPO?');
    await user.type(screen.getByRole('textbox', { name: 'Back' }), 'Vidensprocesser');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => {
      expect(form).not.toBeInTheDocument();
    });
    expect(await screen.findByRole('heading', { name: 'Cards (4)' })).toBeInTheDocument();
    expect((await added('a')).map(([front]) => front)).toEqual(['Hvad er BPO?', 'Hvad er KPO?']);
    await expectSummariesInStep(db);
  });

  it('names what is wrong with a card or a cloze, and stores nothing', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a');
    await user.click(
      await screen.findByRole('button', { name: 'Add a card' }, { timeout: 10_000 }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Front' }), 'Only a front');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A card needs a back.');
    await user.click(screen.getByRole('radio', { name: 'Cloze (hide parts of a text)' }));
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    // user-event reads braces as key names: `{{` types one `{`.
    await user.type(text, 'BPO er {{{{c1::outsourcing');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cloze c1 is not closed: end it with “}}”.',
    );
    await user.clear(text);
    await user.type(text, 'BPO er {{{{c1::}}');
    await user.click(screen.getByRole('button', { name: 'Add and next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cloze c1 is empty: write the text to hide in it.',
    );
    expect(await added('a')).toEqual([]);
  });

  it('in the card browser: the deck is chosen in the form, and a cloze note gives a card per number', async () => {
    const user = userEvent.setup();
    renderApp('/cards');
    await user.click(
      await screen.findByRole('button', { name: 'Add a card' }, { timeout: 10_000 }),
    );
    const deck = screen.getByRole('combobox', { name: 'Add to deck' });
    expect(deck).toHaveValue('a');
    await user.selectOptions(deck, 'b');
    await user.click(screen.getByRole('radio', { name: 'Cloze (hide parts of a text)' }));
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(text).toHaveAttribute('lang', 'sk');
    await user.type(
      text,
      '{{{{c1::BPO}} a {{{{c2::KPO::skratka}} sa líšia; {{{{c1::BPO}} je lacnejšie.',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => {
      expect(screen.queryByRole('form', { name: 'Add a card' })).toBeNull();
    });
    const sentence = 'BPO a KPO sa líšia; BPO je lacnejšie.';
    expect(await added('b')).toEqual([
      ['_____ a KPO sa líšia; _____ je lacnejšie.', 'BPO', sentence, State.New],
      ['BPO a _____ [skratka] sa líšia; BPO je lacnejšie.', 'KPO', sentence, State.New],
    ]);
    expect(
      await screen.findByText('_____ a KPO sa líšia; _____ je lacnejšie.'),
    ).toBeInTheDocument();
  });
});
