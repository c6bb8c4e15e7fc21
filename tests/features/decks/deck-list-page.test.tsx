import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { bundledDecks } from '../../helpers/bundled-decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, bundledDecks, FIXED_NOW);
});

describe('deck list', () => {
  it('lists every bundled deck by title, each in its own language', async () => {
    renderApp('/');
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual(
      bundledDecks.map((deck) => deck.title),
    );
    expect(
      screen.getByRole('heading', { name: 'İş Süreci Dış Kaynak Kullanımı (BPO)' }),
    ).toHaveAttribute('lang', 'tr');
  });

  it('opens a deck page listing its cards with kind and text', async () => {
    renderApp('/');
    await userEvent.click(
      await screen.findByRole('link', { name: 'Knowledge Process Outsourcing (KPO)' }),
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Knowledge Process Outsourcing (KPO)',
    );
    const deck = bundledDecks.find((d) => d.id === 'kpo-da');
    expect(await screen.findByRole('heading', { level: 2, name: /^Cards/ })).toHaveTextContent(
      `Cards (${deck?.cards.length})`,
    );
    expect(screen.getAllByText('Highlight')).toHaveLength(4);
  });

  it('says so when the deck does not exist', async () => {
    renderApp('/decks/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('No deck with the id “nope”.');
  });
});
