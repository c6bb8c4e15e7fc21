import { useTranslation } from '../../../i18n/i18n.ts';
import type { QueueCounts } from '../../../domain/study/queue.ts';

/** Remaining new / learning / review counts and the progress through this session. */
export function StudyHeader({ counts, answered }: { counts: QueueCounts; answered: number }) {
  const { t } = useTranslation();
  const remaining = counts.new + counts.learning + counts.review;
  return (
    <header className="study__header">
      <p
        className="study__counts"
        aria-label={t('study.countsLabel', { ...counts })}
        title={t('study.countsHint')}
      >
        {(['new', 'learning', 'review'] as const).map((band) => (
          <span key={band} className={`count count--${band}`}>
            {t(`study.band.${band}`)} <strong>{counts[band]}</strong>
          </span>
        ))}
      </p>
      <progress
        aria-label={t('study.progress')}
        value={answered}
        max={Math.max(1, answered + remaining)}
      />
    </header>
  );
}
