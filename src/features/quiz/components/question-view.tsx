import { MatchingView } from './matching-view.tsx';
import { MultipleChoiceView } from './multiple-choice-view.tsx';
import { TrueFalseView } from './true-false-view.tsx';
import { TypedView } from './typed-view.tsx';
import type { QuestionViewProps } from './question-view-props.ts';

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
