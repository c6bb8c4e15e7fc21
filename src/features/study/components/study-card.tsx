import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { previewIntervals } from '../../../domain/scheduling/scheduler.ts';
import type { CardRecord } from '../../../storage/db.ts';
import { CardContent } from '../../../components/card-content.tsx';
import { useCardMedia } from '../../../components/use-card-media.ts';
import { useCardFiles } from '../../../hooks/use-card-files.ts';
import { useStudyStore } from '../study-store.ts';
import { useCanUndoAnswer } from '../hooks/use-can-undo.ts';
import { AnswerButtons } from './answer-buttons.tsx';
import { CardActions } from './card-actions.tsx';

interface StudyCardProps {
  card: CardRecord;
  lang: string;
  onEdit: () => void;
}

/** A click on the card itself, not on one of its buttons or links. */
function onCardItself(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('button, a, kbd') === null;
}

/**
 * The question, then (after Show answer, or a tap on the card) the answer under it and the four
 * grade buttons. Each new card takes the focus, so a screen reader reads its question; the
 * answer is announced from a live region that is always there (one added with its text is not
 * read by every screen reader). The card is in the deck's language (a screen reader reads the
 * focused card's name, its front, in the language of the card element itself), its buttons in
 * the interface's.
 */
export function StudyCard({ card, lang, onEdit }: StudyCardProps) {
  const { t, i18n } = useTranslation();
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
  const media = useCardMedia(useCardFiles(card));
  // Undo's state lives here, not in the card's element, which is new for each card shown.
  const canUndo = useCanUndoAnswer(useStudyStore((state) => state.session?.deck.id));
  // Each card shown (the same card again after Again has a new version) gets an element of its
  // own, which takes the focus: a screen reader reads a card when the focus moves to it, and
  // focusing the element that has the focus already (after a grade key) is no move.
  // The focus moves once the card is painted: focusing in the commit made the browser lay the new
  // card out before painting it, on every answer (about 2 ms of each answer's path in a profile).
  // A card replaced before it was painted was never seen, and never takes the focus.
  const shown = `${card.id}:${String(card.version)}`;
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        article.current?.focus();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown]);
  return (
    // The card is also a tap target for the answer (a phone's "tap the card"); keyboards have
    // Show answer and Space, so the click needs no key handler of its own.
    <article
      key={shown}
      ref={article}
      tabIndex={-1}
      className="study-card"
      lang={lang}
      aria-labelledby="study-card-front"
      onClick={(event) => {
        if (phase === 'question' && onCardItself(event)) reveal();
      }}
    >
      <p id="study-card-front" className="study-card__front card-text" data-testid="card-front">
        <CardContent text={card.front} media={media} />
      </p>
      <div aria-live="polite">
        {phase === 'answer' && (
          <>
            <hr />
            <p className="study-card__back card-text" data-testid="card-back">
              <CardContent text={card.back} media={media} />
            </p>
            {card.context !== '' && card.context !== card.back && (
              <p className="study-card__context card-text muted">
                <CardContent text={card.context} media={media} />
              </p>
            )}
          </>
        )}
      </div>
      {phase === 'answer' ? (
        previews !== null && <AnswerButtons previews={previews} />
      ) : (
        <button type="button" className="study-card__reveal" lang={i18n.language} onClick={reveal}>
          {t('study.showAnswer')} <kbd>{t('study.showAnswerHint')}</kbd>
        </button>
      )}
      <CardActions canUndo={canUndo} onEdit={onEdit} />
    </article>
  );
}
