import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import {
  GRADES,
  Rating,
  type Grade,
  type IntervalPreview,
} from '../../../domain/scheduling/scheduler.ts';
import { gradeLabelKey } from '../../../i18n/fsrs-labels.ts';
import { useStudyStore } from '../study-store.ts';

/**
 * Again / Hard / Good / Easy, each with the interval it would give and its keys (1–4; Good also
 * Space). The button's label says it all ("Good, next in 10m (key 3 or Space)") and its own text
 * is the grade alone, so what is seen on it is in its name, as voice control expects (WCAG
 * 2.5.3); the interval and keys lie over the button, hidden from screen readers (the label has
 * them) and from the pointer (a tap on them is a tap on the button). In the interface's
 * language, inside a card in the deck's (see StudyCard).
 */
export function AnswerButtons({ previews }: { previews: Record<Grade, IntervalPreview> }) {
  const { t, i18n } = useTranslation();
  const grade = useStudyStore((state) => state.grade);
  return (
    <div
      role="group"
      aria-label={t('study.gradesLabel')}
      className="answer-buttons"
      lang={i18n.language}
    >
      {GRADES.map((rating, index) => {
        const name = t(gradeLabelKey(rating));
        const interval = previews[rating].label;
        const key = String(index + 1);
        const keys = rating === Rating.Good ? t('study.goodKeys', { key }) : key;
        return (
          <div key={rating} className="answer-buttons__cell">
            <button
              type="button"
              className={`answer-buttons__button answer-buttons__button--${String(rating)}`}
              aria-label={t('study.gradeLabel', { grade: name, interval, key: keys })}
              aria-keyshortcuts={rating === Rating.Good ? `${key} Space Enter` : key}
              onClick={() => {
                void grade(rating, clock.now());
              }}
            >
              {name}
            </button>
            <span className="answer-buttons__interval" aria-hidden="true">
              {interval}
            </span>
            <kbd className="answer-buttons__key" aria-hidden="true">
              {keys}
            </kbd>
          </div>
        );
      })}
    </div>
  );
}
