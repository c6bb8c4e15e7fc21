/**
 * Computes the statistics page's figures off the main thread, with the same pure function the
 * main thread would run (domain/stats/statistics.ts), so a long review history never freezes
 * the page. One message in ({ id, input }), one out ({ id, result } or { id, error }).
 */
import { computeStatistics } from '../../domain/stats/statistics.ts';
import type { StatsRequest, StatsResponse } from './compute-statistics.ts';

self.addEventListener('message', (event: MessageEvent<StatsRequest>) => {
  const { id, input } = event.data;
  let response: StatsResponse;
  try {
    response = { id, result: computeStatistics(input) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
