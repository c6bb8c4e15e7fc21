import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { default_w } from 'ts-fsrs';
import { clock } from '../../../src/config/clock.ts';
import type { FitOutcome } from '../../../src/domain/scheduling/optimizer.ts';
import { createScheduler } from '../../../src/domain/scheduling/scheduler.ts';
import type * as RunOptimizer from '../../../src/features/decks/optimizer/run-optimizer.ts';
import { OptimizerCancelled } from '../../../src/features/decks/optimizer/run-optimizer.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { getDeck, saveDeckOptions } from '../../../src/storage/deck-repository.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

// The worker itself runs in Chromium (tests/e2e/optimize.test.ts); here the panel gets the
// outcome a run would report, or the browser lacks what the optimizer needs.
const optimizer = vi.hoisted(() => ({
  unsupported: null as 'noWorker' | 'noSharedMemory' | null,
  /** `'never'`: the run goes on until cancelled. */
  outcome: null as FitOutcome | 'never' | null,
  requests: [] as unknown[],
  /** Reports a share of the fitting done, as the worker's progress counters do when isolated. */
  reportFitted: null as ((done: number) => void) | null,
}));
vi.mock('../../../src/features/decks/optimizer/run-optimizer.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof RunOptimizer>()),
  optimizerUnsupported: () => optimizer.unsupported,
  startOptimizer: (
    request: unknown,
    onStage: (stage: string) => void,
    onFitProgress: (done: number) => void,
  ) => {
    optimizer.requests.push(request);
    optimizer.reportFitted = onFitProgress;
    if (optimizer.outcome !== 'never') {
      return { outcome: Promise.resolve(optimizer.outcome), cancel: () => undefined };
    }
    onStage('fitting');
    let stop: (error: Error) => void = () => undefined;
    const outcome = new Promise((_resolve, reject) => {
      stop = reject;
    });
    return {
      outcome,
      cancel: () => {
        stop(new OptimizerCancelled());
      },
    };
  },
}));

/** FSRS's defaults, 5% higher: weights a fit could return, within ts-fsrs's bounds. */
const WEIGHTS = default_w.map((weight) => Number((weight * 1.05).toFixed(4)));
const realNow = clock.now;

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  optimizer.unsupported = null;
  optimizer.requests = [];
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 4)], FIXED_NOW);
});
afterEach(() => {
  clock.now = realNow;
});

async function openOptions() {
  renderApp('/decks/a');
  await userEvent.click(await screen.findByText('Options'));
  return screen.findByRole('region', { name: 'FSRS parameters' });
}

function outcome(improved: boolean): FitOutcome {
  return {
    plan: { kind: 'full', items: 900 },
    reviewCount: 1000,
    current: { logLoss: 0.4123, rmse: 0.0612 },
    candidate: {
      weights: WEIGHTS,
      metrics: improved ? { logLoss: 0.3811, rmse: 0.0234 } : { logLoss: 0.4301, rmse: 0.07 },
    },
    improved,
  };
}

describe('the FSRS parameters panel', () => {
  it('optimizes: shows both figures, stores the better parameters, the scheduler uses them', async () => {
    optimizer.outcome = outcome(true);
    const panel = await openOptions();
    expect(within(panel).getByText('This deck uses FSRS’s default parameters.')).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Optimize' }));
    await within(panel).findByText(/^The new parameters predict your reviews better/);
    expect(within(panel).getByRole('row', { name: 'Current 0.4123 6.12%' })).toBeVisible();
    expect(within(panel).getByRole('row', { name: 'New 0.3811 2.34%' })).toBeVisible();
    expect(optimizer.requests).toEqual([
      { mode: 'optimize', deckId: 'a', dayStartHour: 4, currentWeights: null },
    ]);
    const stored = (await getDeck(db, 'a'))?.options;
    expect(stored?.fsrsParameters).toEqual({
      weights: WEIGHTS,
      fittedAt: FIXED_NOW.toISOString(),
      reviewCount: 1000,
    });
    if (stored === undefined) throw new Error('no deck');
    expect(Array.from(createScheduler(stored).engine.parameters.w)).toEqual(WEIGHTS);
    await within(panel).findByText(/^Fitted to your reviews on .+ \(1000 reviews\)\.$/);
  });

  it('keeps the current parameters when the new ones predict worse', async () => {
    optimizer.outcome = outcome(false);
    const panel = await openOptions();
    await userEvent.click(within(panel).getByRole('button', { name: 'Optimize' }));
    await within(panel).findByText(
      'The new parameters do not predict your reviews better; the current ones stay.',
    );
    expect((await getDeck(db, 'a'))?.options.fsrsParameters).toBeUndefined();
  });

  it('says how many reviews are needed when there are too few, and changes nothing', async () => {
    optimizer.outcome = {
      plan: { kind: 'tooFew', items: 3, needed: 8 },
      reviewCount: 6,
      current: { logLoss: 0.5, rmse: 0.1 },
      improved: false,
    } satisfies FitOutcome;
    const panel = await openOptions();
    await userEvent.click(within(panel).getByRole('button', { name: 'Optimize' }));
    await within(panel).findByText(/^3 of this deck’s reviews can be predicted .* at least 8\./);
    expect((await getDeck(db, 'a'))?.options.fsrsParameters).toBeUndefined();
  });

  it('shows the step while fitting; Cancel stops the run and changes nothing', async () => {
    optimizer.outcome = 'never';
    const panel = await openOptions();
    await userEvent.click(within(panel).getByRole('button', { name: 'Optimize' }));
    expect(
      await within(panel).findByRole('progressbar', { name: 'Optimizer progress' }),
    ).toHaveAttribute('value', '2');
    expect(within(panel).getByText(/^Step 3 of 3: fitting the parameters/)).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Optimize' })).toBeDisabled();
    // On a cross-origin isolated page the fitting reports how far it is.
    act(() => {
      optimizer.reportFitted?.(0.428);
    });
    expect(within(panel).getByText(/^Step 3 of 3: fitting the parameters, 42% done/)).toBeVisible();
    expect(within(panel).getByRole('progressbar')).toHaveAttribute('value', '2.428');
    await userEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    await within(panel).findByText('Cancelled; nothing changed.');
    expect(within(panel).queryByRole('progressbar')).toBeNull();
    expect(within(panel).getByRole('button', { name: 'Optimize' })).toBeEnabled();
    expect((await getDeck(db, 'a'))?.options.fsrsParameters).toBeUndefined();
  });

  it.each([
    [
      'noSharedMemory',
      /only on cross-origin isolated pages, which this page is not yet\. .*reload/,
    ],
    ['noWorker', /it has no Web Workers/],
  ] as const)('without %s, Optimize is disabled and says why', async (reason, message) => {
    optimizer.unsupported = reason;
    const panel = await openOptions();
    expect(within(panel).getByText(message)).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Optimize' })).toBeDisabled();
  });

  it('suggests optimizing again 30 days after the last fit, never doing it by itself', async () => {
    const deck = await getDeck(db, 'a');
    if (deck === undefined) throw new Error('no deck');
    const monthAgo = new Date(FIXED_NOW.getTime() - 30 * 86_400_000).toISOString();
    await saveDeckOptions(db, 'a', {
      ...deck.options,
      fsrsParameters: { weights: WEIGHTS, fittedAt: monthAgo, reviewCount: 0 },
    });
    const panel = await openOptions();
    expect(
      within(panel).getByText(
        'They were fitted 30 days ago or more: optimizing again is suggested.',
      ),
    ).toBeVisible();
    expect(optimizer.requests).toEqual([]);
  });
});
