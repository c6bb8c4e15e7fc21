import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { createScheduler, Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { exportBackup, readCollection } from '../../../src/storage/backup.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { applyCardAction } from '../../../src/storage/card-actions.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { takeDailySnapshot } from '../../../src/storage/snapshots.ts';
import {
  readSyncState,
  saveSyncConfig,
  writeSyncState,
} from '../../../src/storage/sync/sync-state.ts';
import { answerCard } from '../../../src/storage/study-repository.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { packHistory } from '../../helpers/packed-history.ts';
import { renderApp } from '../../helpers/render-app.tsx';

const realNow = clock.now;
const CONFIG = { server: 'http://127.0.0.1:5984', database: 'd', user: 'u', continuous: false };
const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);

async function answer(cardId: string, now: Date) {
  const card = await db.cards.get(cardId);
  if (card === undefined) throw new Error(`no card ${cardId}`);
  await answerCard(db, scheduler, {
    cardId,
    expectedVersion: card.version,
    rating: Rating.Good,
    now,
    durationMs: 1000,
  });
}

async function backupText(): Promise<string> {
  return (await exportBackup(db, { now: FIXED_NOW, appVersion: '1.2.3' })).text;
}

/** A picked file; jsdom's File lacks `text()`, which every browser the app supports has. */
function backupFile(text: string, name = 'backup.json') {
  return Object.assign(new File([text], name, { type: 'application/json' }), {
    text: () => Promise.resolve(text),
  });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result as string);
    };
    reader.readAsText(blob);
  });
}

async function openSettings() {
  renderApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
}

beforeEach(async () => {
  clock.now = () => minutesAfter(FIXED_NOW, 60);
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ usage: 2_500_000, quota: 1_000_000_000 }),
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
    },
  });
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 4)], FIXED_NOW);
  await answer('a:list:0000', FIXED_NOW);
});
afterEach(() => {
  clock.now = realNow;
  vi.unstubAllGlobals();
});

describe('settings page', () => {
  it('is reached from the navigation and shows usage, quota and persistence', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(await screen.findByTestId('storage-usage')).toHaveTextContent(
      '2.5 MB used of 1 GB this site may use.',
    );
    expect(screen.getByTestId('storage-persisted')).toHaveTextContent(/^Not stored persistently/);
    await user.click(screen.getByRole('button', { name: 'Keep my data persistently' }));
    expect(await screen.findByText(/did not agree to keep the data/)).toBeInTheDocument();
  });

  it('exports the whole collection as a file', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs; the app only needs one to hand the Blob to a download link.
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:backup';
      },
      revokeObjectURL: () => undefined,
    });
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(
      await screen.findByText('Backup saved as deckwright-backup-2026-03-15.json.'),
    ).toBeInTheDocument();
    const file = JSON.parse(await readBlob(blobs[0] as Blob)) as { counts: object };
    expect(file.counts).toMatchObject({ decks: 1, cards: 4, reviewLog: 1 });
  });

  it('refuses a truncated file with the reason and changes nothing', async () => {
    const text = await backupText();
    await answer('a:list:0001', minutesAfter(FIXED_NOW, 5));
    const before = await readCollection(db);
    const user = userEvent.setup();
    await openSettings();
    await user.upload(screen.getByLabelText('Backup file'), backupFile(text.slice(0, 300)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file was not imported, and nothing was changed. The file ends too early',
    );
    expect(screen.queryByRole('button', { name: 'Replace' })).toBeNull();
    expect(await readCollection(db)).toEqual(before);
  });

  it('names a record that fails validation', async () => {
    const file = JSON.parse(await backupText()) as {
      tables: { cards: Record<string, unknown>[] };
    };
    (file.tables.cards[2] as Record<string, unknown>).reps = -1;
    const user = userEvent.setup();
    await openSettings();
    await user.upload(screen.getByLabelText('Backup file'), backupFile(JSON.stringify(file)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Record 3 of “cards” is not valid: “reps” should be >=0 but is -1.',
    );
  });

  it('shows what a valid file holds, then replaces the collection with it', async () => {
    const text = await backupText();
    const expected = await readCollection(db);
    await answer('a:list:0001', minutesAfter(FIXED_NOW, 5));
    const user = userEvent.setup();
    await openSettings();
    await user.upload(screen.getByLabelText('Backup file'), backupFile(text, 'mine.json'));
    expect(await screen.findByTestId('backup-summary')).toHaveTextContent(
      /^mine\.json: a backup made on .* by version 1\.2\.3\. Decks: 1, cards: 4, reviews: 1, quizzes: 0\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const confirm = await screen.findByRole('group', { name: 'Replace' });
    expect(confirm).toHaveTextContent(
      'Your cards (4) and reviews (2) will be replaced by the backup’s cards (4) and reviews (1).',
    );
    expect(confirm).toHaveTextContent('A snapshot of your collection is kept first');
    expect(await db.reviewLog.count()).toBe(2);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, replace it' }));
    expect(
      await screen.findByText(
        'Backup imported; your collection was replaced. Cards: 4, reviews: 1.',
      ),
    ).toBeInTheDocument();
    const after = await readCollection(db);
    expect(after.reviewLog).toEqual(expected.reviewLog);
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(0);

    // The collection from before is one click away.
    await user.click(screen.getByRole('button', { name: 'Restore the collection from before' }));
    expect(await screen.findByText(/^The snapshot of .* was restored\.$/)).toBeInTheDocument();
    await waitFor(async () => {
      expect(await db.reviewLog.count()).toBe(2);
    });
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(1);
  });

  it('counts the answers packed in blocks as reviews, and no resets or reschedules by hand', async () => {
    await answer('a:list:0001', minutesAfter(FIXED_NOW, 5));
    const later = minutesAfter(FIXED_NOW, 30);
    await applyCardAction(db, ['a:list:0000'], { type: 'reschedule', due: later }, later);
    // An imported history: two answers and a reschedule in blocks, two answers to a record.
    expect(await packHistory(db)).toBe(2);
    await answer('a:list:0002', minutesAfter(FIXED_NOW, 10));
    await applyCardAction(db, ['a:list:0002'], { type: 'forget', keepHistory: true }, later);
    expect(await db.reviewLog.count()).toBe(2);
    await takeDailySnapshot(db, { now: FIXED_NOW, appVersion: '1.2.3' });
    const user = userEvent.setup();
    await openSettings();
    await screen.findByText(/ \(cards: 4, reviews: 3\)$/);
    await user.upload(screen.getByLabelText('Backup file'), backupFile(await backupText()));
    expect(await screen.findByTestId('backup-summary')).toHaveTextContent(
      'Decks: 1, cards: 4, reviews: 3, quizzes: 0.',
    );
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const confirm = await screen.findByRole('group', { name: 'Replace' });
    expect(confirm).toHaveTextContent(
      'Your cards (4) and reviews (3) will be replaced by the backup’s cards (4) and reviews (3).',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Yes, replace it' }));
    expect(
      await screen.findByText(
        'Backup imported; your collection was replaced. Cards: 4, reviews: 3.',
      ),
    ).toBeInTheDocument();
  });

  it('Replace with an empty backup says what it deletes, and Cancel keeps everything', async () => {
    const user = userEvent.setup();
    await openSettings();
    const empty = JSON.parse(await backupText()) as Record<string, unknown>;
    const tables = empty.tables as Record<string, unknown[]>;
    for (const name of Object.keys(tables)) tables[name] = [];
    empty.counts = Object.fromEntries(Object.keys(tables).map((name) => [name, 0]));
    delete empty.checksum;
    await user.upload(screen.getByLabelText('Backup file'), backupFile(JSON.stringify(empty)));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    const confirm = await screen.findByRole('group', { name: 'Replace' });
    expect(confirm).toHaveTextContent(
      'Your cards (4) and reviews (1) will be replaced by the backup’s cards (0) and reviews (0).',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Replace' })).toBeNull();
    expect(await db.cards.count()).toBe(4);
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('Replace on a device that syncs says nothing is deleted elsewhere, and the next sync compares everything', async () => {
    const text = await backupText();
    await saveSyncConfig(db, CONFIG);
    await writeSyncState(db, { appliedSeq: 120, pushedLogId: 1 });
    const user = userEvent.setup();
    await openSettings();
    await user.upload(screen.getByLabelText('Backup file'), backupFile(text));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    const confirm = await screen.findByRole('group', { name: 'Replace' });
    expect(confirm).toHaveTextContent(
      'Sync is set up: at the next sync the backup’s cards, decks and reviews go to your other devices, but nothing is deleted there.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Yes, replace it' }));
    await waitFor(async () => {
      const state = await readSyncState(db);
      expect([state.appliedSeq, state.pushedLogId]).toEqual([0, 0]);
    });
  });

  it('merges a file, keeping what only this device has', async () => {
    const text = await backupText();
    await answer('a:list:0001', minutesAfter(FIXED_NOW, 5));
    const user = userEvent.setup();
    await openSettings();
    await user.upload(screen.getByLabelText('Backup file'), backupFile(text));
    await user.click(await screen.findByRole('button', { name: 'Merge' }));
    expect(
      await screen.findByText(
        'Backup merged. Records added: 0, cards updated to a newer state: 0.',
      ),
    ).toBeInTheDocument();
    expect(await db.reviewLog.count()).toBe(2);
  });

  it('lists snapshots and restores one after confirmation', async () => {
    await takeDailySnapshot(db, { now: FIXED_NOW, appVersion: '1.2.3' });
    await answer('a:list:0001', minutesAfter(FIXED_NOW, 5));
    const user = userEvent.setup();
    await openSettings();
    await screen.findByText(/ \(cards: 4, reviews: 1\)$/);
    await user.click(screen.getByRole('button', { name: /^Restore the snapshot of / }));
    const confirm = screen.getByRole('group', { name: 'Restore' });
    expect(confirm).toHaveTextContent(/^Replace your whole collection with the snapshot of /);
    expect(await db.reviewLog.count()).toBe(2);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, restore it' }));
    expect(await screen.findByText(/^The snapshot of .* was restored\.$/)).toBeInTheDocument();
    await waitFor(async () => {
      expect(await db.reviewLog.count()).toBe(1);
    });
  });

  it('Check database repairs damage and says what it fixed', async () => {
    const user = userEvent.setup();
    await openSettings();
    const panel = screen.getByRole('region', { name: 'Check database' });
    await user.click(within(panel).getByRole('button', { name: 'Check database' }));
    expect(
      await within(panel).findByRole('status', { name: 'Database check report' }),
    ).toHaveTextContent('4 cards checked.No problems found.');

    await db.cards.update('a:list:0000', { reps: 5 });
    await db.cards.update('a:list:0002', { queue: 2 });
    await user.click(within(panel).getByRole('button', { name: 'Check database' }));
    const report = await within(panel).findByRole('status', { name: 'Database check report' });
    await waitFor(() => {
      expect(
        within(report)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        '1 card disagreed with its review history and was set to the state its answers give.',
        '1 card was in the wrong study queue and was put back in its own.',
      ]);
    });
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);
  });
});
