import type { QuizAnswerRecord, StudyDatabase } from '../../src/storage/db.ts';

/** A stored quiz's answers in question order (the app reads them only inside a backup). */
export async function listQuizAnswers(
  db: StudyDatabase,
  quizId: number,
): Promise<QuizAnswerRecord[]> {
  const answers = await db.quizAnswers.where('quizId').equals(quizId).toArray();
  return answers.sort((a, b) => a.position - b.position);
}
