import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useImportStore } from '../../../src/features/import/import-store.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

beforeEach(async () => {
  await resetDatabaseForTests();
  useImportStore.setState({ items: [] });
  await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
});

async function upload(name: string, content: string) {
  renderApp('/');
  await screen.findByRole('button', { name: 'Add a document' });
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(screen.getByTestId('document-input'), new File([content], name));
}

function findPreview() {
  return screen.findByRole('region', { name: 'Check the cards from a list' }, { timeout: 10_000 });
}

describe('adding a card list', { timeout: 30_000 }, () => {
  it('maps the columns in the preview and stores the cards with their tags', async () => {
    await upload('Danish.csv', 'Definition,Term,Tags\ndog,hund,animal\n"cat, the","kat",\n');
    const preview = await findPreview();
    expect(within(preview).getByRole('checkbox', { name: /first row names/ })).toBeChecked();
    expect(within(preview).getByRole('combobox', { name: 'Front' })).toHaveValue('1');
    expect(within(preview).getByText('2 cards will be added.')).toBeVisible();
    expect(within(preview).getByText('hund')).toBeVisible();

    await userEvent.selectOptions(within(preview).getByRole('combobox', { name: 'Front' }), '0');
    await userEvent.selectOptions(within(preview).getByRole('combobox', { name: 'Back' }), '1');
    expect(await db.decks.count()).toBe(1);
    await userEvent.click(within(preview).getByRole('button', { name: 'Add deck' }));

    // The deck page's chunk and strings load on its first visit: slow on a busy machine.
    await screen.findByRole('heading', { name: 'Danish', level: 1 }, { timeout: 10_000 });
    const cards = await db.cards.where('deckId').equals('danish').sortBy('position');
    expect(cards.map(({ front, back, tags, state }) => ({ front, back, tags, state }))).toEqual([
      { front: 'dog', back: 'hund', tags: ['animal'], state: 0 },
      { front: 'cat, the', back: 'kat', tags: [], state: 0 },
    ]);
    expect(await db.deckSources.get('danish')).toBeUndefined();
  });

  it('reads a Quizlet export pasted as text', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Paste text' }));
    await userEvent.type(await screen.findByLabelText('Title'), 'Quizlet set');
    await userEvent.click(screen.getByLabelText('Text'));
    await userEvent.paste('hund\tdog\nkat\tcat');
    await userEvent.click(screen.getByRole('button', { name: 'Make cards' }));
    const preview = await findPreview();
    expect(within(preview).getByText('2 cards will be added.')).toBeVisible();
    expect(within(preview).getByRole('checkbox', { name: /first row names/ })).not.toBeChecked();
  });

  it.each([
    ['uneven.csv', 'a,b\nc,d,e\n', 'uneven.csv: row 2 has 3 fields, but the first row has 2.'],
    ['empty.csv', 'Front,Back\n', 'empty.csv holds no cards'],
    ['one.csv', 'just words\nper line\n', 'one.csv has one column'],
  ])('refuses %s, naming it, and stores nothing', async (name, content, message) => {
    await upload(name, content);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await db.decks.count()).toBe(1);
    expect(await db.cards.count()).toBe(2);
  });
});
