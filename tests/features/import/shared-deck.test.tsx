import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { serializeDeck } from '../../../src/domain/generator/serialize-deck.ts';
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

async function addFile(name: string, text: string) {
  renderApp('/');
  await screen.findByRole('button', { name: 'Add a document' });
  await userEvent.upload(screen.getByTestId('document-input'), new File([text], name));
}

describe('a shared deck file', { timeout: 30_000 }, () => {
  it('with a new id is previewed and added as it is', async () => {
    await addFile('shared.json', serializeDeck(makeDeck('shared', 3)));
    // The first file loads the deck-file reader's chunk: slow on a busy machine.
    const preview = await screen.findByRole(
      'region',
      { name: 'Check the new deck' },
      { timeout: 10_000 },
    );
    expect(within(preview).getAllByRole('checkbox')).toHaveLength(3);
    await userEvent.click(within(preview).getByRole('button', { name: 'Add deck' }));
    // The deck page is a lazy route too, loaded here for the first time.
    await screen.findByRole('heading', { level: 1, name: 'Deck shared' }, { timeout: 10_000 });
    expect(await db.cards.where('deckId').equals('shared').count()).toBe(3);
    expect(await db.deckSources.count()).toBe(0);
  });

  it('with the id of a stored deck updates it after a summary', async () => {
    await addFile('a.json', serializeDeck(makeDeck('a', 3)));
    const item = await screen.findByText(/a\.json is a version of “Deck a”/);
    expect(item).toHaveTextContent('1 new, 0 changed, 0 removed.');
    expect(await db.cards.count()).toBe(2);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText('a.json: “Deck a” updated (1 new, 0 changed, 0 removed).'),
    ).toBeVisible();
    expect(await db.cards.count()).toBe(3);
  });

  it.each([
    [
      'backup.json',
      '{"format":"deckwright-backup"}',
      'backup.json is a backup of a whole collection: import it in Settings.',
    ],
    [
      'cut.json',
      '{"id": "x", "ca',
      'cut.json is not a deck file: it is not valid JSON (cut off or damaged?).',
    ],
    ['package.json', '{"name": "x"}', 'package.json is not a Deckwright deck file.'],
  ])('%s is refused with its reason', async (name, text, message) => {
    await addFile(name, text);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await db.decks.count()).toBe(1);
  });
});
