/**
 * English strings of quizzes shown outside the quiz screens (navigation, the deck list's link).
 * Setup, the four question types, feedback, results and history are in `en-quiz-screen.ts`,
 * loaded with those screens.
 */
export const enQuiz = {
  quiz: {
    nav: 'Quiz',
    link: 'Quiz',
  },
} as const;
