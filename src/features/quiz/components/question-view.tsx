import type { QuestionResult } from '../../../domain/quiz/grade-question.ts';
import type { QuizQuestion } from '../../../domain/quiz/quiz-types.ts';
import { MatchingView } from './matching-view.tsx';
import { MultipleChoiceView } from './multiple-choice-view.tsx';
import { TrueFalseView } from './true-false-view.tsx';
import { TypedView } from './typed-view.tsx';

export interface QuestionViewProps<Q extends QuizQuestion = QuizQuestion> {
  question: Q;
  /** The judged answer once given; the question is then read-only. */
  result: QuestionResult | null;
}

/** The screen of one question, by its type. */
export function QuestionView({ question, result }: QuestionViewProps) {
  switch (question.type) {
    case 'multiple-choice':
      return <MultipleChoiceView question={question} result={result} />;
    case 'true-false':
      return <TrueFalseView question={question} result={result} />;
    case 'typed':
      return <TypedView question={question} result={result} />;
    case 'matching':
      return <MatchingView question={question} result={result} />;
  }
}
