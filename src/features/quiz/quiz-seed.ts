/**
 * Where a new quiz's seed comes from. Generation itself is pure and seeded (domain/quiz); the
 * screen draws a fresh seed per quiz, and tests replace `quizSeed.next` to get a known quiz.
 */
export const quizSeed = {
  next: (): number => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
};
