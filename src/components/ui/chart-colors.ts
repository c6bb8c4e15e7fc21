/**
 * The colours of the charts, as CSS custom properties (defined in stats.css on top of the app's
 * theme variables), so every chart follows the light or dark theme.
 */
import type { CardStatus, ReviewKind } from '../../domain/stats/classify.ts';

/** As in Anki: learning blue, young light green, mature dark green, relearning red. */
export const KIND_COLORS: Record<ReviewKind, string> = {
  learning: '--stats-learning',
  young: '--stats-young',
  mature: '--stats-mature',
  relearning: '--stats-relearning',
};

export const STATUS_COLORS: Record<CardStatus, string> = {
  new: '--stats-new',
  learning: '--stats-learning',
  young: '--stats-young',
  mature: '--stats-mature',
  suspended: '--stats-suspended',
};

/** Single-series charts (forecast, histograms, quiz scores). */
export const SERIES_COLOR = '--accent';
