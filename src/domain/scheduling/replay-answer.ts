/**
 * One answer replayed: exactly what scheduler.ts's `answer` gives (the same card and log row),
 * computed with ts-fsrs's algorithm functions for the one grade given.
 *
 * Why: replaying an imported history answers a million cards in a row. ts-fsrs's `next()` builds
 * a scheduler object per answer, copies the card six to eight times and, for a card in review,
 * schedules all four grades — three fuzzed intervals, each seeding a new random generator from
 * the card id — to return one. Here the state of the answered grade alone is computed: the
 * grades a review answer's interval depends on (Hard and Good keep Anki's order
 * Hard < Good < Easy) and nothing else, with one card object and one log row per answer.
 *
 * It follows ts-fsrs 5's `BasicScheduler` (short-term steps on, as `createScheduler` always sets)
 * and the fuzz seed of `createScheduler` (`${card id}:${reps}`), whose random number is drawn
 * once per answer however many intervals it fuzzes (replay-fuzz.ts); `replay-answer.test.ts`
 * compares it with `answer` on thousands of random histories and options, so a ts-fsrs upgrade
 * that changes the scheduling fails there.
 */
import { BasicLearningStepsStrategy, dateDiffInDays, date_scheduler, type FSRS } from 'ts-fsrs';
import { Rating, State } from './fsrs-vocabulary.ts';
import { fuzzFactor, fuzzedInterval } from './replay-fuzz.ts';
import type { AnswerResult, Grade, Scheduler, SchedulingCard } from './scheduler.ts';

/** The (re)learning step a grade leads to: minutes until due, and the step's index. */
function learningStep(engine: FSRS, state: State, step: number, grade: Grade) {
  const info = BasicLearningStepsStrategy(engine.parameters, state, step)[grade];
  return {
    minutes: Math.max(0, info?.scheduled_minutes ?? 0),
    next: Math.max(0, info?.next_step ?? 0),
  };
}

/**
 * The card after `grade` at `now` that {@link answer} would give, and its log row. For replays
 * (imports, Check database, sync's re-derivation); the study screen answers with `answer`, whose
 * interval previews come from the same ts-fsrs call.
 *
 * @example
 * const { card, log } = replayAnswer(scheduler, card, Rating.Good, review);
 */
export function replayAnswer(
  scheduler: Scheduler,
  card: SchedulingCard,
  grade: Grade,
  now: Date,
): AnswerResult {
  const { engine } = scheduler;
  // As `answer`'s `asOf`: a last review after `now` counts as given just now.
  const last = card.last_review !== undefined && card.last_review > now ? now : card.last_review;
  const elapsed = card.state !== State.New && last ? dateDiffInDays(last, now) : 0;
  const reps = card.reps + 1;
  const steps = card.learning_steps || 0;
  let factor: number | undefined;
  const fuzz = () => (factor ??= fuzzFactor(`${card.id}:${String(reps)}`));
  const memory = { difficulty: card.difficulty, stability: card.stability };
  const review = card.state === State.Review;
  const retrievability = review ? engine.forgetting_curve(elapsed, card.stability) : undefined;
  const next = engine.next_state(memory, elapsed, grade, retrievability);
  let state: State = card.state;
  let due: Date = card.due;
  let scheduledDays = card.scheduled_days;
  let learningSteps = steps;
  let lapses = card.lapses;
  if (review && grade !== Rating.Again) {
    // Anki's order of intervals: Hard ≤ Good < Easy, each fuzzed with the same seed.
    const interval = (g: Grade) =>
      fuzzedInterval(
        engine,
        engine.next_state(memory, elapsed, g, retrievability).stability,
        elapsed,
        fuzz,
      );
    const good = interval(Rating.Good);
    const hard = Math.min(interval(Rating.Hard), good);
    const days =
      grade === Rating.Hard
        ? hard
        : grade === Rating.Good
          ? Math.max(good, hard + 1)
          : Math.max(
              fuzzedInterval(engine, next.stability, elapsed, fuzz),
              Math.max(good, hard + 1) + 1,
            );
    state = State.Review;
    learningSteps = 0;
    scheduledDays = days;
    due = date_scheduler(now, days, true);
  } else {
    // New, (re)learning, or a lapse: the learning steps, else FSRS's interval.
    const toState =
      card.state === State.New ? State.Learning : review ? State.Relearning : card.state;
    const step = learningStep(engine, card.state, steps, grade);
    if (step.minutes > 0 && step.minutes < 1440) {
      learningSteps = step.next;
      scheduledDays = 0;
      state = toState;
      due = date_scheduler(now, Math.round(step.minutes), false);
    } else {
      state = State.Review;
      if (step.minutes >= 1440) {
        learningSteps = step.next;
        due = date_scheduler(now, Math.round(step.minutes), false);
        scheduledDays = Math.floor(step.minutes / 1440);
      } else {
        learningSteps = 0;
        scheduledDays = fuzzedInterval(engine, next.stability, elapsed, fuzz);
        due = date_scheduler(now, scheduledDays, true);
      }
    }
    if (review) lapses += 1;
  }
  return {
    card: {
      id: card.id,
      due,
      stability: next.stability,
      difficulty: next.difficulty,
      // ts-fsrs 5 still requires these fields on Card and ReviewLog; they go away in 6.0.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      elapsed_days: elapsed,
      scheduled_days: scheduledDays,
      learning_steps: learningSteps,
      reps,
      lapses,
      state,
      last_review: now,
    },
    log: {
      rating: grade,
      state: card.state,
      due: last ?? card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      elapsed_days: elapsed,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      last_elapsed_days: card.elapsed_days,
      scheduled_days: card.scheduled_days,
      learning_steps: steps,
      review: now,
    },
  };
}
