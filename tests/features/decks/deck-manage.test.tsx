import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { answerAt } from '../../helpers/study-answers.ts';

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2), makeDeck('b', 1)], FIXED_NOW);
  await answerAt('a:list:0000', Rating.Good, FIXED_NOW);
});

describe('managing a deck', { timeout: 30_000 }, () => {
  it('renames it', async () => {
    renderApp('/decks/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New title');
    expect(input).toHaveValue('Deck a');
    await userEvent.clear(input);
    await userEvent.type(input, 'Outsourcing words');
    await userEvent.click(screen.getByRole('button', { name: 'Save title' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Outsourcing words' }),
    ).toBeVisible();
    expect((await db.decks.get('a'))?.title).toBe('Outsourcing words');
  });

  it('refuses an empty title, changing nothing', async () => {
    renderApp('/decks/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    await userEvent.clear(screen.getByLabelText('New title'));
    await userEvent.click(screen.getByRole('button', { name: 'Save title' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A deck needs a title.');
    expect((await db.decks.get('a'))?.title).toBe('Deck a');
  });

  it('deletes it after a confirmation naming its cards and reviews', async () => {
    const app = renderApp('/decks/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete deck' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Delete “Deck a”? Its 2 cards and 1 review are deleted for good (an exported backup keeps them).',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    await screen.findByRole('heading', { level: 1, name: 'Your decks' });
    expect(app.pathname()).toBe('/');
    expect((await db.decks.toArray()).map((deck) => deck.id)).toEqual(['b']);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('exports the cards as CSV with front, back and tags', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs; the app only needs one to hand the Blob to a download link.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:csv';
      },
      revokeObjectURL: () => undefined,
    });
    await db.cards.update('a:list:0001', { front: 'Say "hi", then', tags: ['x', 'y'] });
    renderApp('/decks/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    // jsdom's Blob has no text(); FileReader reads it.
    const text = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(reader.result);
      };
      reader.readAsText(blobs[0] as Blob);
    });
    expect(text).toBe('front,back,tags\r\nQuestion 1,Answer 1,\r\n"Say ""hi"", then",Answer 2,x y');
  });

  it('keeps it when the confirmation is cancelled', async () => {
    renderApp('/decks/a');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete deck' }));
    await userEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await db.cards.count()).toBe(3);
  });
});
