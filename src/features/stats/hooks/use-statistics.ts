import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { clock } from '../../../config/clock.ts';
import type { Statistics, StatsPeriod } from '../../../domain/stats/statistics.ts';
import { db } from '../../../storage/database.ts';
import { listDecks } from '../../../storage/deck-repository.ts';
import { loadStatsData, type StatsData } from '../../../storage/stats-repository.ts';
import { computeStatisticsOffThread } from '../compute-statistics.ts';

export type StatisticsState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; data: StatsData; stats: Statistics };

/**
 * The statistics of one deck (or all decks, `deckId` null) over a period, kept live: a new
 * answer reloads the data and the figures are computed again (in the worker).
 */
export function useStatistics(deckId: string | null, periodDays: StatsPeriod): StatisticsState {
  const data = useLiveQuery(() => loadStatsData(db, deckId, clock.now()), [deckId], null);
  const [computed, setComputed] = useState<{
    data: StatsData;
    periodDays: StatsPeriod;
    result: { stats: Statistics } | { error: unknown };
  } | null>(null);

  useEffect(() => {
    if (data === null || data === undefined) return;
    let current = true;
    const input = {
      cardPages: data.cardPages,
      reviewDays: data.reviewDays,
      recentLogs: data.recentLogs,
      quizzes: data.quizzes,
      now: clock.now(),
      dayStartHour: data.dayStartHour,
      deckWeights: data.deckWeights,
      periodDays,
    };
    computeStatisticsOffThread(input).then(
      (stats) => {
        if (current) setComputed({ data, periodDays, result: { stats } });
      },
      (error: unknown) => {
        if (current) setComputed({ data, periodDays, result: { error } });
      },
    );
    return () => {
      current = false;
    };
  }, [data, periodDays]);

  if (data === undefined) return { status: 'missing' };
  // While new data (another answer given) is computed, the figures of the same deck and period
  // stay on screen; figures of another deck or period never show under this one's heading.
  const sameView =
    computed !== null &&
    computed.periodDays === periodDays &&
    (computed.data.deck?.id ?? null) === deckId;
  if (!sameView) return { status: 'loading' };
  if ('error' in computed.result) return { status: 'failed', error: computed.result.error };
  return { status: 'ready', data: computed.data, stats: computed.result.stats };
}

/** Every deck, for the deck selector. */
export function useDeckChoices() {
  return useLiveQuery(() => listDecks(db), []);
}
