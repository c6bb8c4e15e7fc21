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

// Stand-ins for the label's three values, to find where the translation puts them.
const SLOTS = { grade: '\uE001', interval: '\uE002', key: '\uE003' } as const;
const SLOT_PATTERN = /([\uE001-\uE003])/;

/**
 * Again / Hard / Good / Easy, each with the interval it would give and its keys (1–4; Good also
 * Space). The button's text is its whole label ("Good, next in 10m (key 3 or Space)") with the
 * words between the values visually hidden, so what a screen reader or voice control names it
 * holds what is seen, in the same order; CSS shows the interval above the grade.
 */
export function AnswerButtons({ previews }: { previews: Record<Grade, IntervalPreview> }) {
  const { t } = useTranslation();
  const grade = useStudyStore((state) => state.grade);
  return (
    <div role="group" aria-label={t('study.gradesLabel')} className="answer-buttons">
      {GRADES.map((rating, index) => {
        const name = t(gradeLabelKey(rating));
        const interval = previews[rating].label;
        const key = String(index + 1);
        const keys = rating === Rating.Good ? t('study.goodKeys', { key }) : key;
        return (
          <button
            key={rating}
            type="button"
            className={`answer-buttons__button answer-buttons__button--${String(rating)}`}
            aria-keyshortcuts={rating === Rating.Good ? `${key} Space Enter` : key}
            onClick={() => {
              void grade(rating, clock.now());
            }}
          >
            {t('study.gradeLabel', SLOTS)
              .split(SLOT_PATTERN)
              .filter((part) => part !== '')
              .map((part, position) =>
                part === SLOTS.grade ? (
                  <span key={position}>{name}</span>
                ) : part === SLOTS.interval ? (
                  <span key={position} className="answer-buttons__interval">
                    {interval}
                  </span>
                ) : part === SLOTS.key ? (
                  <kbd key={position} className="answer-buttons__key">
                    {keys}
                  </kbd>
                ) : (
                  <span key={position} className="visually-hidden">
                    {part}
                  </span>
                ),
              )}
          </button>
        );
      })}
    </div>
  );
}
