import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { useSyncStore } from '../../../src/features/settings/sync/sync-store.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { saveSyncConfig, writeSyncState } from '../../../src/storage/sync/sync-state.ts';
import { renderApp } from '../../helpers/render-app.tsx';

beforeEach(async () => {
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ usage: 0, quota: 1_000_000_000 }),
      persisted: () => Promise.resolve(false),
    },
  });
  await resetDatabaseForTests();
});
afterEach(() => {
  useSyncStore.setState({ running: false, progress: null });
  vi.unstubAllGlobals();
});

describe('Settings → Sync while a round runs', () => {
  it('shows "N of M changes" as they arrive and are applied, and nothing once it ends', async () => {
    renderApp('/settings');
    const sync = await screen.findByRole('region', { name: 'Sync' }, { timeout: 10_000 });
    act(() => {
      useSyncStore.setState({
        running: true,
        progress: { phase: 'receiving', done: 2500, total: 1_100_000 },
      });
    });
    expect(within(sync).getByText('Receiving changes: 2,500 of 1,100,000…')).toBeDefined();
    act(() => {
      useSyncStore.setState({ progress: { phase: 'applying', done: 500, total: 1_100_000 } });
    });
    expect(within(sync).getByText('Applying changes: 500 of 1,100,000…')).toBeDefined();
    act(() => {
      useSyncStore.setState({ progress: { phase: 'deriving', done: 25_000, total: 100_000 } });
    });
    expect(within(sync).getByText('Working out card schedules: 25,000 of 100,000…')).toBeDefined();
    expect(within(sync).getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true);
    act(() => {
      useSyncStore.setState({ running: false, progress: null });
    });
    expect(within(sync).queryByText(/Applying changes/)).toBeNull();
  });
});

describe('Settings → Sync after a round failed', () => {
  it('names a full disk in the status line', async () => {
    await saveSyncConfig(db, {
      server: 'http://127.0.0.1:5984',
      database: 'cards',
      user: 'me',
      continuous: false,
    });
    await writeSyncState(db, {
      status: { lastSyncAt: null, lastError: 'diskFull', lastErrorDetail: null },
    });
    renderApp('/settings');
    const sync = await screen.findByRole('region', { name: 'Sync' }, { timeout: 10_000 });
    expect(await within(sync).findByRole('alert')).toHaveTextContent(
      /This device’s storage is full.*Nothing was half-applied/,
    );
  });
});
