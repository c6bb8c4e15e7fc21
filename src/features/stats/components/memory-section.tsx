import { useCallback } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { HistogramBin, MemoryStats } from '../../../domain/stats/card-stats.ts';
import { Histogram } from '../../../components/ui/histogram.tsx';

/** FSRS's picture of memory: retained knowledge and the three distributions. */
export function MemorySection({ memory }: { memory: MemoryStats }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = useCallback(
    (bin: HistogramBin) =>
      bin.to === null
        ? t('stats.memory.daysFrom', { from: bin.from })
        : t('stats.memory.daysRange', { from: bin.from, to: bin.to }),
    [t],
  );
  const percent = useCallback(
    (bin: HistogramBin) => t('stats.memory.percentRange', { from: bin.from, to: bin.to ?? 100 }),
    [t],
  );
  return (
    <section className="stats__section" aria-labelledby="stats-memory">
      <h2 id="stats-memory">{t('stats.memory.title')}</h2>
      {memory.averageRetrievability === null ? (
        <p>{t('stats.memory.noneStudied')}</p>
      ) : (
        <>
          <p data-testid="retained">
            {t('stats.memory.retained', {
              retained: format.number(memory.estimatedRetained, 1),
              cards: format.number(memory.cards),
              average: format.percent(memory.averageRetrievability),
            })}
          </p>
          <div className="stats__grid">
            <Histogram
              title={t('stats.memory.stability')}
              chartLabel={t('stats.memory.stabilityChart')}
              bins={memory.stability}
              binLabel={days}
            />
            <Histogram
              title={t('stats.memory.difficulty')}
              chartLabel={t('stats.memory.difficultyChart')}
              bins={memory.difficulty}
              binLabel={percent}
            />
            <Histogram
              title={t('stats.memory.retrievability')}
              chartLabel={t('stats.memory.retrievabilityChart')}
              bins={memory.retrievability}
              binLabel={percent}
            />
          </div>
        </>
      )}
    </section>
  );
}
