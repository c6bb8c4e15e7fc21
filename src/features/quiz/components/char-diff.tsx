import { useTranslation } from '../../../i18n/i18n.ts';
import type { DiffPart } from '../../../domain/quiz/check-answer.ts';

/** The typed answer against the right one: extra letters struck out, missing ones marked. */
export function CharDiff({ parts, lang }: { parts: readonly DiffPart[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <p className="quiz-diff">
      <span className="muted">{t('quiz.feedback.diff')}: </span>
      <span lang={lang} className="card-text" data-testid="quiz-diff">
        {parts.map((part, index) => {
          switch (part.kind) {
            case 'same':
              return <span key={index}>{part.text}</span>;
            case 'extra':
              return (
                <del key={index} title={t('quiz.feedback.extra')}>
                  {part.text}
                </del>
              );
            case 'missing':
              return (
                <ins key={index} title={t('quiz.feedback.missingText')}>
                  {part.text}
                </ins>
              );
          }
        })}
      </span>
    </p>
  );
}
