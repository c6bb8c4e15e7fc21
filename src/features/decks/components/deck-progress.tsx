import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { retentionRate } from '../../../domain/stats/classify.ts';
import { useDeckProgress } from '../hooks/use-decks.ts';

/** Cards learned of all as a progress bar, and the deck's true retention of the last 30 days. */
export function DeckProgress({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const progress = useDeckProgress(deckId);
  if (progress === undefined) return null;
  const rate = retentionRate(progress.retention);
  const label = t('deckProgress.label', { learned: progress.learned, total: progress.total });
  return (
    <div className="deck-progress">
      <label>
        <span className="deck-progress__label">{label}</span>
        <progress max={Math.max(1, progress.total)} value={progress.learned} />
      </label>
      <span className="muted">
        {rate !== null
          ? t('deckProgress.retention', { rate: format.percent(rate) })
          : progress.answers > 0
            ? t('deckProgress.learningOnly')
            : t('deckProgress.noRetention')}
      </span>
    </div>
  );
}
