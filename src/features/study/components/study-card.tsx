import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { previewIntervals } from '../../../domain/scheduling/scheduler.ts';
import type { CardRecord } from '../../../storage/db.ts';
import { useStudyStore } from '../study-store.ts';
import { AnswerButtons } from './answer-buttons.tsx';
import { CardActions } from './card-actions.tsx';

interface StudyCardProps {
  card: CardRecord;
  lang: string;
  onEdit: () => void;
}

/** The question, then (after Show answer) the answer under it and the four grade buttons. */
export function StudyCard({ card, lang, onEdit }: StudyCardProps) {
  const { t } = useTranslation();
  const phase = useStudyStore((state) => state.phase);
  const scheduler = useStudyStore((state) => state.session?.scheduler);
  const reveal = useStudyStore((state) => state.reveal);
  const previews = useMemo(
    () =>
      phase === 'answer' && scheduler !== undefined
        ? previewIntervals(scheduler, card, clock.now())
        : null,
    [phase, scheduler, card],
  );
  return (
    <article className="study-card" aria-live="polite">
      <p className="study-card__front card-text" lang={lang} data-testid="card-front">
        {card.front}
      </p>
      {phase === 'answer' ? (
        <>
          <hr />
          <p className="study-card__back card-text" lang={lang} data-testid="card-back">
            {card.back}
          </p>
          {card.context !== '' && card.context !== card.back && (
            <p className="study-card__context card-text muted" lang={lang}>
              {card.context}
            </p>
          )}
          {previews !== null && <AnswerButtons previews={previews} />}
        </>
      ) : (
        <button type="button" className="study-card__reveal" onClick={reveal}>
          {t('study.showAnswer')} <kbd>{t('study.showAnswerHint')}</kbd>
        </button>
      )}
      <CardActions onEdit={onEdit} />
    </article>
  );
}
