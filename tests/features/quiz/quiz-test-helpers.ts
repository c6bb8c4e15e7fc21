import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { QuizQuestion } from '../../../src/domain/quiz/quiz-types.ts';
import { currentQuestion, useQuizStore } from '../../../src/features/quiz/quiz-store.ts';

/** The question on screen, as the store has it: tests need to know the right answer. */
export function shownQuestion(): QuizQuestion {
  const question = currentQuestion(useQuizStore.getState());
  if (question === null) throw new Error('no question on screen');
  return question;
}

/** Waits for question `number` of `total` to be on screen. */
export async function expectQuestion(number: number, total: number) {
  expect(await screen.findByText(`Question ${number} of ${total}`)).toBeInTheDocument();
}

/** Waits for the results (the quiz is written to IndexedDB first). */
export async function expectScore(score: string) {
  await waitFor(() => {
    expect(screen.getByTestId('quiz-score')).toHaveTextContent(score);
  });
}
