/**
 * "Check database", as in Anki: finds and repairs what should never happen but might after a
 * crash, a bug, an old import or a hand-edited backup, and says what it fixed. All in one
 * read-write transaction, so a check that fails part-way changes nothing.
 *
 * - Orphans go: answers (review-log rows and packed ones) and undo snapshots of cards that do not exist, cards of decks that
 *   do not exist, quiz answers of quizzes that do not exist, media files no card of their deck
 *   names (their deck deleted, or the cards that showed them deleted or edited), and the
 *   card-action undo steps of tabs that were closed (only the tab that acted may undo them, so
 *   nobody ever will).
 * - Every card with a complete review log is checked against a replay of that log with its deck's
 *   scheduler (domain/scheduling/replay-log.ts); where the answers disagree with the stored state,
 *   the card gets the replayed state.
 * - Every card's derived `queue` is recomputed (see `queueOf`).
 * - The statistics summaries are rebuilt from cards and review log (see stats-summaries.ts) and
 *   the report says how many were out of step.
 *
 * It reads every card and answer at once: a maintenance step the learner asks for, not one on
 * any everyday path.
 */
import { mediaNamesOf } from '../domain/media/card-media.ts';
import { historyDifferences, replayLog } from '../domain/scheduling/replay-log.ts';
import { createScheduler, type Scheduler } from '../domain/scheduling/scheduler.ts';
import { digestFields, digestPageCards, digestPagesOf } from '../domain/stats/card-digest.ts';
import type { CardDigestPage } from '../domain/stats/card-digest.ts';
import { ReviewDaysBuilder, type ReviewDay } from '../domain/stats/review-days.ts';
import { allAnswers, unpackCards, type StoredAnswer } from './answer-log.ts';
import { queueOf, type CardRecord, type StudyDatabase } from './db.ts';

/** What the check found and repaired; all zero and empty for a sound database. */
export interface CheckReport {
  cardsChecked: number;
  /** Cards set to the state their review log gives, with the fields that disagreed. */
  cardsRepaired: { cardId: string; fields: string[] }[];
  /** Cards whose derived queue was wrong. */
  queuesFixed: number;
  orphanReviews: number;
  orphanCards: number;
  orphanUndo: number;
  /** Card-action undo steps of tabs that are closed. */
  closedTabSteps: number;
  orphanQuizAnswers: number;
  orphanMedia: number;
  /** Statistics summary records that were missing, extra or out of step. */
  summariesFixed: number;
}

/** Whether the check changed anything. */
export function repairedAnything(report: CheckReport): boolean {
  return (
    report.cardsRepaired.length +
      report.queuesFixed +
      report.orphanReviews +
      report.orphanCards +
      report.orphanUndo +
      report.closedTabSteps +
      report.orphanQuizAnswers +
      report.orphanMedia +
      report.summariesFixed >
    0
  );
}

/**
 * Checks and repairs the database at `now` (see the module header), in one transaction.
 * `openTabs`: the origins of the tabs open now (config/tab-origin.ts); `null` when unknown, and
 * then every card-action undo step is kept.
 */
export async function checkDatabase(
  db: StudyDatabase,
  now: Date,
  openTabs: ReadonlySet<string> | null,
): Promise<CheckReport> {
  const tables = [
    db.decks,
    db.cards,
    db.reviewLog,
    db.logBlocks,
    db.undo,
    db.cardActionUndo,
    db.quizzes,
    db.quizAnswers,
    db.cardDigest,
    db.reviewDays,
    db.media,
  ];
  return db.transaction('rw', tables, async () => {
    const [decks, allCards, packedCards] = await Promise.all([
      db.decks.toArray(),
      db.cards.toArray(),
      db.logBlocks.orderBy('cardIds').uniqueKeys(),
    ]);
    const schedulers = new Map<string, Scheduler>(
      decks.map((deck) => [deck.id, createScheduler(deck.options)]),
    );
    const cards = allCards.filter((card) => schedulers.has(card.deckId));
    const cardIds = new Set(cards.map((card) => card.id));
    // Orphan answers packed in blocks become review-log rows first, deleted with the others.
    await unpackCards(
      db,
      packedCards.map(String).filter((id) => !cardIds.has(id)),
    );
    const [allLogs, undo, quizIds, quizAnswers, media] = await Promise.all([
      allAnswers(db),
      db.undo.toArray(),
      db.quizzes.toCollection().primaryKeys(),
      db.quizAnswers.toArray(),
      db.media.toCollection().primaryKeys(),
    ]);
    const logs = allLogs.filter((log) => cardIds.has(log.cardId));
    const logIds = new Set(logs.map((log) => log.id));
    const orphanUndo = undo.filter(
      (entry) => !cardIds.has(entry.cardId) || !logIds.has(entry.logId),
    );
    const knownQuizzes = new Set(quizIds);
    const orphanAnswers = quizAnswers.filter((answer) => !knownQuizzes.has(answer.quizId));
    const closedTabSteps =
      openTabs === null
        ? []
        : await db.cardActionUndo
            .where('origin')
            .noneOf([...openTabs])
            .primaryKeys();
    const orphanMedia = unusedMedia(media, cards);

    const { repaired, report } = repairCards(cards, logs, schedulers, now);
    await Promise.all([
      db.cards.bulkDelete(allCards.filter((card) => !cardIds.has(card.id)).map((card) => card.id)),
      db.reviewLog.bulkDelete(
        allLogs.flatMap((log) => (log.id === undefined || cardIds.has(log.cardId) ? [] : [log.id])),
      ),
      db.undo.bulkDelete(orphanUndo.map((entry) => entry.id)),
      db.quizAnswers.bulkDelete(orphanAnswers.map((answer) => answer.id)),
      db.cardActionUndo.bulkDelete(closedTabSteps),
      db.media.bulkDelete(orphanMedia),
      db.cards.bulkPut(repaired),
    ]);
    const summariesFixed = await rebuildSummaries(db, cards, repaired, logs);
    return {
      ...report,
      orphanCards: allCards.length - cards.length,
      orphanReviews: allLogs.length - logs.length,
      orphanUndo: orphanUndo.length,
      closedTabSteps: closedTabSteps.length,
      orphanQuizAnswers: orphanAnswers.length,
      orphanMedia: orphanMedia.length,
      summariesFixed,
    };
  });
}

/** The keys of the media files no card of their deck names. */
function unusedMedia(
  keys: readonly [string, string][],
  cards: readonly CardRecord[],
): [string, string][] {
  if (keys.length === 0) return [];
  const named = new Set(
    cards.flatMap((card) =>
      mediaNamesOf([card.front, card.back, card.context]).map((name) => `${card.deckId}\n${name}`),
    ),
  );
  return keys.filter(([deckId, name]) => !named.has(`${deckId}\n${name}`));
}

/** The cards to write back: those their log disagrees with, and those in the wrong queue. */
function repairCards(
  cards: readonly CardRecord[],
  logs: readonly StoredAnswer[],
  schedulers: ReadonlyMap<string, Scheduler>,
  now: Date,
) {
  const logsByCard = new Map<string, StoredAnswer[]>();
  for (const log of logs) {
    const list = logsByCard.get(log.cardId);
    if (list === undefined) logsByCard.set(log.cardId, [log]);
    else list.push(log);
  }
  const repaired: CardRecord[] = [];
  const cardsRepaired: CheckReport['cardsRepaired'] = [];
  let queuesFixed = 0;
  for (const card of cards) {
    const scheduler = schedulers.get(card.deckId);
    const replayed =
      scheduler === undefined ? null : replayLog(scheduler, card.id, logsByCard.get(card.id) ?? []);
    const fields = replayed === null ? [] : historyDifferences(card, replayed);
    const scheduled = replayed !== null && fields.length > 0 ? { ...card, ...replayed } : card;
    const queue = queueOf(scheduled, now);
    if (fields.length > 0) cardsRepaired.push({ cardId: card.id, fields });
    else if (queue !== card.queue) queuesFixed += 1;
    else continue;
    repaired.push({ ...scheduled, queue, version: card.version + 1 });
  }
  return { repaired, report: { cardsChecked: cards.length, cardsRepaired, queuesFixed } };
}

/**
 * Writes the statistics summaries afresh from the cards (as repaired) and answers; returns how
 * many records were missing, extra or different before.
 */
async function rebuildSummaries(
  db: StudyDatabase,
  cards: readonly CardRecord[],
  repaired: readonly CardRecord[],
  logs: readonly StoredAnswer[],
): Promise<number> {
  const current = new Map(cards.map((card) => [card.id, card]));
  for (const card of repaired) current.set(card.id, card);
  const pages = digestPagesOf([...current.values()].map(digestFields));
  const days = new ReviewDaysBuilder();
  for (const log of logs) days.add(log);
  const [storedPages, storedDays] = await Promise.all([
    db.cardDigest.toArray(),
    db.reviewDays.toArray(),
  ]);
  // An undone answer can leave its day's record at zero: empty, not out of step.
  const answeredDays = storedDays.filter((day) => day.counts.some((count) => count > 0));
  const fixed =
    countChanged(storedPages, pages, pageKey, pageSignature) +
    countChanged(answeredDays, days.records(), dayKey, daySignature);
  await Promise.all([db.cardDigest.clear(), db.reviewDays.clear()]);
  await Promise.all([db.cardDigest.bulkPut(pages), db.reviewDays.bulkPut(days.records())]);
  return fixed;
}

function countChanged<T>(
  stored: readonly T[],
  rebuilt: readonly T[],
  keyOf: (record: T) => string,
  signatureOf: (record: T) => string,
): number {
  const before = new Map(stored.map((record) => [keyOf(record), signatureOf(record)]));
  let changed = 0;
  for (const record of rebuilt) {
    const key = keyOf(record);
    if (before.get(key) !== signatureOf(record)) changed += 1;
    before.delete(key);
  }
  return changed + before.size;
}

const pageKey = (page: CardDigestPage) => `${page.deckId} ${String(page.bucket)}`;
const dayKey = (day: ReviewDay) => `${day.deckId} ${String(day.day)}`;

/** A page's cards in id order, so pages holding the same cards in another order compare equal. */
function pageSignature(page: CardDigestPage): string {
  return digestPageCards(page)
    .map((card) => JSON.stringify(card))
    .sort()
    .join('\n');
}

function daySignature(day: ReviewDay): string {
  return `${day.counts.join(',')}|${day.timeMs.join(',')}`;
}
