import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import type { StatsPeriod } from '../../../domain/stats/statistics.ts';
import { useStatistics } from '../hooks/use-statistics.ts';
import { CalendarSection } from './calendar-section.tsx';
import { CardCountsSection } from './card-counts-section.tsx';
import { ForecastSection } from './forecast-section.tsx';
import { MemorySection } from './memory-section.tsx';
import { QuizSection } from './quiz-section.tsx';
import { RetentionSection } from './retention-section.tsx';
import { ReviewsSection } from './reviews-section.tsx';
import { StatsControls } from './stats-controls.tsx';
import { TodaySection } from './today-section.tsx';
import '../stats.css';

/** The statistics page: all decks at /stats, one deck at /decks/:deckId/stats. */
export function StatsPage() {
  const { t } = useTranslation();
  const { deckId = null } = useParams();
  const [period, setPeriod] = useState<StatsPeriod>(30);
  const state = useStatistics(deckId, period);
  return (
    <article className="stats" aria-labelledby="stats-title">
      <h1 id="stats-title">{t('stats.title')}</h1>
      <StatsControls deckId={deckId} period={period} onPeriod={setPeriod} />
      {state.status === 'loading' && <p role="status">{t('stats.computing')}</p>}
      {state.status === 'missing' && (
        <p role="alert">{t('stats.notFound', { deckId: deckId ?? '' })}</p>
      )}
      {state.status === 'failed' && <p role="alert">{describeError(state.error, t)}</p>}
      {state.status === 'ready' && (
        <>
          {state.data.deck !== null && (
            <p className="stats__deck" lang={state.data.deck.language}>
              {state.data.deck.title}
            </p>
          )}
          <TodaySection today={state.stats.today} />
          <ReviewsSection reviews={state.stats.reviews} period={period} />
          <CalendarSection calendar={state.stats.calendar} streaks={state.stats.streaks} />
          <ForecastSection forecast={state.stats.forecast} />
          <CardCountsSection counts={state.stats.counts} />
          <RetentionSection
            retention={state.stats.retention}
            answers={state.stats.calendar.reduce((sum, day) => sum + day.count, 0)}
          />
          <MemorySection memory={state.stats.memory} />
          <QuizSection quizzes={state.stats.quizzes} period={period} />
        </>
      )}
    </article>
  );
}
