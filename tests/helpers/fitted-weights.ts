import { DEFAULT_FSRS_WEIGHTS } from '../../src/domain/scheduling/optimizer.ts';

/**
 * FSRS weights as if fitted to a learner who forgets fast: FSRS's defaults with the forgetting
 * curve's decay (w[20]) at 0.5 instead of 0.1542. At the stability recall is 0.9 either way; at
 * 2.5 × stability it is ≈ 0.7939 instead of ≈ 0.8261, at 3 × ≈ 0.7661 instead of ≈ 0.8094, and
 * at 0.5 × ≈ 0.9461 instead of ≈ 0.9403 — so a figure that ignores the deck's weights shows.
 */
export const FITTED_DECAY_WEIGHTS: readonly number[] = DEFAULT_FSRS_WEIGHTS.map((weight, index) =>
  index === 20 ? 0.5 : weight,
);
