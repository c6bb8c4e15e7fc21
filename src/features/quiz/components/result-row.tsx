import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { QuestionResult } from '../../../domain/quiz/grade-question.ts';
import { promptSummary } from '../../../domain/quiz/question-faces.ts';
import type { QuizQuestion } from '../../../domain/quiz/quiz-types.ts';

interface ResultRowProps {
  number: number;
  question: QuizQuestion;
  result: QuestionResult;
}

/**
 * One question of the results: what was asked (a list question by its blank line), your answer
 * and the right one in the form the question asked for (True/False for a statement, the missed
 * pairs of a matching set), and the question's score.
 */
export function ResultRow({ number, question, result }: ResultRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { lang } = question;
  const given = result.items[0]?.given ?? '';
  const answered = (text: string) => (text === '' ? t('quiz.results.noAnswer') : text);
  const truth = (value: boolean) => t(value ? 'quiz.trueFalse.true' : 'quiz.trueFalse.false');
  const cells = (() => {
    switch (question.type) {
      case 'multiple-choice':
      case 'typed':
        return {
          asked: <span lang={lang}>{promptSummary(question.prompt)}</span>,
          given: <span lang={lang}>{answered(given)}</span>,
          expected: (
            <span lang={lang}>
              {question.type === 'typed'
                ? question.answer
                : question.options[question.correctIndex]}
            </span>
          ),
        };
      case 'true-false':
        return {
          asked: (
            <>
              <span lang={lang}>{promptSummary(question.prompt)}</span>
              <span className="quiz-results__statement">
                {t('quiz.results.statement')} <q lang={lang}>{question.shown}</q>
              </span>
            </>
          ),
          given: given === '' ? t('quiz.results.noAnswer') : truth(given === 'true'),
          expected: truth(question.isTrue),
        };
      case 'matching': {
        const missed = question.items.filter(
          (_, index) => result.items[index]?.verdict !== 'correct',
        );
        return {
          asked: t('quiz.results.matching', { count: question.items.length }),
          given: t('quiz.feedback.pairsRight', {
            right: question.items.length - missed.length,
            total: question.items.length,
          }),
          expected:
            missed.length === 0 ? (
              t('quiz.results.allPairs')
            ) : (
              <ul className="quiz-results__pairs">
                {missed.map((item) => (
                  <li key={item.cardId} lang={lang}>
                    {item.prompt} → {item.answer}
                  </li>
                ))}
              </ul>
            ),
        };
      }
    }
  })();
  return (
    <tr className={`quiz-results__row--${result.verdict}`} data-testid="quiz-result-row">
      <td>{number}</td>
      <td className="card-text">{cells.asked}</td>
      <td>
        {cells.given}
        {result.overridden === true && (
          <span className="quiz-results__note"> {t('quiz.results.overridden')}</span>
        )}
      </td>
      <td>{cells.expected}</td>
      <td>{format.percent(result.score)}</td>
    </tr>
  );
}
