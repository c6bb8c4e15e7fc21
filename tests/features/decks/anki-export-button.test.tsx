import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnkiExportError } from '../../../src/domain/anki-export/anki-export-error.ts';
import {
  AnkiExportCancelled,
  startAnkiExport,
} from '../../../src/features/decks/anki-export/run-anki-export.ts';
import type * as RunAnkiExport from '../../../src/features/decks/anki-export/run-anki-export.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

// jsdom has no Web Workers: the worker's side is tested in Node (anki-package.test.ts) and in
// Chromium (tests/e2e/anki-export.test.ts); here the page's side, with the run stubbed.
vi.mock('../../../src/features/decks/anki-export/run-anki-export.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof RunAnkiExport>()),
  startAnkiExport: vi.fn(),
}));
const start = vi.mocked(startAnkiExport);

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
});

describe('Export as Anki package', { timeout: 30_000 }, () => {
  it('downloads the package as <deck id>.apkg', async () => {
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:apkg', revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    start.mockReturnValue({ bytes: Promise.resolve(new Uint8Array([80, 75])), cancel: vi.fn() });
    renderApp('/decks/a');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export as Anki package (.apkg)' }),
    );
    await waitFor(() => {
      expect(names).toEqual(['a.apkg']);
    });
    expect(start).toHaveBeenCalledWith({ deckId: 'a', now: expect.any(Date) as Date });
  });

  it('says why a deck without cards has no package', async () => {
    start.mockImplementation(() => ({
      bytes: Promise.reject(new AnkiExportError('emptyDeck')),
      cancel: vi.fn(),
    }));
    renderApp('/decks/a');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export as Anki package (.apkg)' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This deck has no cards, so there is no Anki package to export.',
    );
  });

  it('shows progress with Cancel, and cancelling says so', async () => {
    let reject: (error: Error) => void = () => undefined;
    const cancel = vi.fn(() => {
      reject(new AnkiExportCancelled());
    });
    start.mockReturnValue({
      bytes: new Promise<Uint8Array>((_resolve, fail) => {
        reject = fail;
      }),
      cancel,
    });
    renderApp('/decks/a');
    const button = await screen.findByRole('button', { name: 'Export as Anki package (.apkg)' });
    await userEvent.click(button);
    expect(await screen.findByText('Preparing the Anki package…')).toBeVisible();
    expect(button).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Export cancelled.')).toBeVisible();
    expect(cancel).toHaveBeenCalledOnce();
    expect(button).toBeEnabled();
  });
});
