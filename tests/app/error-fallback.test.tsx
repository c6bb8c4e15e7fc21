import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router';
import { routes } from '../../src/app/routes.tsx';
import { describeError } from '../../src/components/describe-error.ts';
import { clock } from '../../src/config/clock.ts';
import { i18n } from '../../src/i18n/i18n.ts';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { renderApp } from '../helpers/render-app.tsx';

const realNow = clock.now;

function Broken(): never {
  throw new TypeError('Cannot read properties of undefined');
}

/** The app's real route table with one extra screen that crashes while rendering. */
function renderCrashingScreen() {
  const [root, ...rest] = routes as [RouteObject, ...RouteObject[]];
  const withBroken = [
    { ...root, children: [{ path: '/broken', element: <Broken /> }, ...(root.children ?? [])] },
    ...rest,
  ] as RouteObject[];
  renderApp('/broken', withBroken);
}

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  clock.now = realNow;
});

describe('a screen that crashes', () => {
  it('shows what happened and offers to export the data instead of a blank page', async () => {
    const downloads: string[] = [];
    Object.assign(URL, {
      createObjectURL: () => 'blob:backup',
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const user = userEvent.setup();
    renderCrashingScreen();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This screen stopped working');
    expect(alert).toHaveTextContent('Something went wrong: Cannot read properties of undefined');
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(
      await screen.findByText('Backup saved as deckwright-backup-2026-03-15.json.'),
    ).toBeInTheDocument();
    expect(downloads).toEqual(['deckwright-backup-2026-03-15.json']);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('storage errors get a sentence saying what to do', () => {
  const t = i18n.t.bind(i18n);
  const dexieAbort = (inner: unknown) =>
    Object.assign(new Error('aborted'), { name: 'AbortError', inner });
  it.each([
    ['a full disk', new DOMException('quota', 'QuotaExceededError'), /out of storage space/],
    [
      'a full disk inside a Dexie abort',
      dexieAbort(new DOMException('q', 'QuotaExceededError')),
      /out of storage space/,
    ],
    [
      'a full disk in a bulk write',
      Object.assign(new Error('bulk'), {
        name: 'BulkError',
        failures: [new DOMException('q', 'QuotaExceededError')],
      }),
      /out of storage space/,
    ],
    [
      'private mode',
      Object.assign(new Error('no IndexedDB'), { name: 'MissingAPIError' }),
      /refused to open local storage \(no IndexedDB\)/,
    ],
    [
      'a blocked open',
      Object.assign(new Error('blocked'), { name: 'OpenFailedError' }),
      /leave private browsing or allow site data/,
    ],
    [
      'a newer version in another tab',
      Object.assign(new Error('v'), { name: 'VersionError' }),
      /newer version of Deckwright is open in another tab/,
    ],
    [
      'a closed connection',
      Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
      /Reload to continue/,
    ],
    [
      'a record IndexedDB refuses',
      new DOMException('bad key', 'DataError'),
      /not valid \(bad key\)\. Nothing was changed/,
    ],
  ])('%s', (_name, error, message) => {
    expect(describeError(error, t)).toMatch(message);
  });
});
