import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { clock } from '../../../config/clock.ts';
import type { FitOutcome } from '../../../domain/scheduling/optimizer.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { db } from '../../../storage/database.ts';
import {
  countDeckReviews,
  saveFittedParameters,
} from '../../../storage/fsrs-parameters-repository.ts';
import {
  OptimizerCancelled,
  startOptimizer,
  type OptimizerMode,
  type OptimizerRun,
  type OptimizerStage,
} from '../optimizer/run-optimizer.ts';

export type OptimizerState =
  | { readonly phase: 'idle' }
  | {
      readonly phase: 'running';
      readonly mode: OptimizerMode;
      readonly stage: OptimizerStage;
      /** Share of the fitting done (0–1); `null` while unknown (not isolated, or not begun). */
      readonly fitted: number | null;
    }
  | { readonly phase: 'cancelled' }
  | {
      readonly phase: 'done';
      readonly mode: OptimizerMode;
      readonly outcome: FitOutcome;
      /** True when the new parameters were stored and the scheduler now uses them. */
      readonly saved: boolean;
    }
  | { readonly phase: 'failed'; readonly error: unknown };

/** The deck's review count, kept live (for the "optimize again" suggestion). */
export function useDeckReviewCount(deckId: string) {
  return useLiveQuery(() => countDeckReviews(db, deckId), [deckId]);
}

/**
 * Runs Optimize / Evaluate for a deck in the optimizer worker. Optimize stores the new
 * parameters only when they predict the deck's history better than the current ones.
 */
export function useOptimizer(deck: DeckRecord) {
  const [state, setState] = useState<OptimizerState>({ phase: 'idle' });
  const running = useRef<OptimizerRun | null>(null);
  useEffect(
    () => () => {
      running.current?.cancel();
    },
    [],
  );

  async function run(mode: OptimizerMode) {
    if (running.current !== null) return;
    const { options } = deck;
    setState({ phase: 'running', mode, stage: 'reading', fitted: null });
    try {
      const currentRun = startOptimizer(
        {
          mode,
          deckId: deck.id,
          dayStartHour: options.nextDayStartsAt,
          currentWeights: options.fsrsParameters?.weights ?? null,
        },
        (stage) => {
          setState({ phase: 'running', mode, stage, fitted: null });
        },
        (fitted) => {
          setState({ phase: 'running', mode, stage: 'fitting', fitted });
        },
      );
      running.current = currentRun;
      const outcome = await currentRun.outcome;
      const weights = outcome.candidate?.weights;
      const saved = mode === 'optimize' && outcome.improved && weights !== undefined;
      if (saved) {
        await saveFittedParameters(db, deck.id, {
          weights,
          fittedAt: clock.now().toISOString(),
          reviewCount: outcome.reviewCount,
        });
      }
      setState({ phase: 'done', mode, outcome, saved });
    } catch (error) {
      setState(
        error instanceof OptimizerCancelled ? { phase: 'cancelled' } : { phase: 'failed', error },
      );
    } finally {
      running.current = null;
    }
  }

  return {
    state,
    run: (mode: OptimizerMode) => void run(mode),
    cancel: () => running.current?.cancel(),
  };
}
