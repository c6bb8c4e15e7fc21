/**
 * Quiz generation: pure and seeded, so the same seed, cards and request give the same quiz.
 *
 * The requested types are spread over the questions (a mix by default) in a shuffled order. Each
 * question takes the next unused card that suits its type; when no card left suits it (a deck
 * too small for four options, no short answers to type, too few short pairs to match), the
 * question falls back to another type and the quiz reports it as a notice for the screen.
 * Questions are never empty and never have two right options: blank cards are skipped and
 * distractors are never near-equal to the answer (see distractors.ts). No wrong option can be
 * read in its question, so no question is answered by elimination, and a matching set never
 * holds two cards about the same subject (question-subject.ts).
 */
import { AnswerProfiles, appearsIn, isNearEqual } from './check-answer.ts';
import { pickDistractors } from './distractors.ts';
import { matchingFace, typedFace, type QuestionFace } from './question-faces.ts';
import { sameSubject } from './question-subject.ts';
import {
  QUESTION_TYPES,
  type MatchingQuestion,
  type QuestionType,
  type QuizCard,
  type QuizQuestion,
} from './quiz-types.ts';
import { createRandom, type Random } from './seeded-random.ts';

export const DEFAULT_QUESTION_COUNT = 10;
export const MAX_QUESTION_COUNT = 50;
export const MATCHING_MIN_ITEMS = 4;
export const MATCHING_MAX_ITEMS = 6;
/** How many first cards a matching set is tried from before the question falls back. */
const MATCHING_STARTS = 12;

/** Types whose suitable cards are rarest come first when cards are handed out. */
const BY_SCARCITY: readonly QuestionType[] = ['matching', 'typed', 'multiple-choice', 'true-false'];

export interface QuizInput {
  /** How many questions to ask (1–{@link MAX_QUESTION_COUNT}). */
  readonly questionCount: number;
  /** The types to mix; all four when empty. */
  readonly types: readonly QuestionType[];
  readonly seed: number;
  /** The cards to ask about (see quiz-pool.ts). */
  readonly pool: readonly QuizCard[];
  /** Take pool cards in the given order (weakest first) instead of shuffling them. */
  readonly keepPoolOrder: boolean;
  /** Every card of the decks involved: where distractors come from. */
  readonly deckCards: readonly QuizCard[];
}

/** Why the quiz is not exactly what was asked for; the screen shows each as a message. */
export type QuizNotice =
  | {
      readonly code: 'type-unavailable';
      readonly type: QuestionType;
      readonly planned: number;
      readonly made: number;
    }
  | { readonly code: 'fewer-questions'; readonly requested: number; readonly made: number };

export interface GeneratedQuiz {
  readonly seed: number;
  readonly questions: readonly QuizQuestion[];
  readonly notices: readonly QuizNotice[];
}

/**
 * Generates a quiz. See the module comment for how types fall back.
 *
 * @example
 * const quiz = generateQuiz({ questionCount: 10, types: [], seed: 42, pool: cards,
 *   keepPoolOrder: false, deckCards: cards });
 * quiz.questions.length; // 10 when the deck has enough cards
 */
export function generateQuiz(input: QuizInput): GeneratedQuiz {
  const random = createRandom(input.seed);
  const types = QUESTION_TYPES.filter(
    (type) => input.types.length === 0 || input.types.includes(type),
  );
  const requested = Math.max(0, Math.min(MAX_QUESTION_COUNT, Math.floor(input.questionCount)));
  const usable = input.pool.filter((card) => card.front.trim() !== '' && card.back.trim() !== '');
  const builder = new QuestionBuilder(
    input.keepPoolOrder ? usable : interleaveDecks(random.shuffle(usable), random),
    input.deckCards.filter((card) => card.back.trim() !== ''),
    random,
  );
  const plan = random.shuffle(
    Array.from({ length: requested }, (_, index) => types[index % types.length] as QuestionType),
  );
  const questions: QuizQuestion[] = [];
  const made = new Map<QuestionType, number>();
  const add = (question: QuizQuestion | null): boolean => {
    if (question === null) return false;
    questions.push(question);
    made.set(question.type, (made.get(question.type) ?? 0) + 1);
    return true;
  };
  // Scarce types choose their cards first (few cards can be matched or typed, almost any can be
  // a true/false question); a slot whose type found no card falls back once all have chosen.
  let unfilled = 0;
  for (const type of BY_SCARCITY) {
    for (const entry of plan) {
      if (entry !== type) continue;
      if (!add(builder.build(type, requested - questions.length - 1))) unfilled += 1;
    }
  }
  const fallbacks = [
    ...[...BY_SCARCITY].reverse().filter((type) => types.includes(type)),
    ...[...BY_SCARCITY].reverse().filter((type) => !types.includes(type)),
  ];
  for (let slot = 0; slot < unfilled; slot += 1) {
    const left = requested - questions.length - 1;
    if (!fallbacks.some((type) => add(builder.build(type, left)))) break;
  }

  const notices: QuizNotice[] = [];
  for (const type of types) {
    const planned = plan.filter((entry) => entry === type).length;
    const count = made.get(type) ?? 0;
    if (count < planned) notices.push({ code: 'type-unavailable', type, planned, made: count });
  }
  if (questions.length < requested) {
    notices.push({ code: 'fewer-questions', requested, made: questions.length });
  }
  return { seed: input.seed, questions: random.shuffle(questions), notices };
}

/**
 * Takes the decks' cards in turns (in a shuffled deck order, each deck's cards in the order
 * given), so a quiz across decks asks about each of them rather than mostly the biggest.
 */
function interleaveDecks(cards: readonly QuizCard[], random: Random): QuizCard[] {
  const byDeck = new Map<string, QuizCard[]>();
  for (const card of cards) {
    const list = byDeck.get(card.deckId);
    if (list === undefined) byDeck.set(card.deckId, [card]);
    else list.push(card);
  }
  if (byDeck.size < 2) return [...cards];
  const queues = random.shuffle([...byDeck.values()]);
  const longest = Math.max(...queues.map((queue) => queue.length));
  const result: QuizCard[] = [];
  for (let index = 0; index < longest; index += 1) {
    for (const queue of queues) {
      const card = queue[index];
      if (card !== undefined) result.push(card);
    }
  }
  return result;
}

/** Turns unused pool cards into questions, remembering which cards cannot make which type. */
class QuestionBuilder {
  private readonly used = new Set<string>();
  private readonly unfit = new Map<QuestionType, Set<string>>(
    QUESTION_TYPES.map((type) => [type, new Set<string>()]),
  );
  private readonly byDeckKind = new Map<string, QuizCard[]>();
  private readonly profiles = new AnswerProfiles();

  constructor(
    private readonly order: readonly QuizCard[],
    deckCards: readonly QuizCard[],
    private readonly random: Random,
  ) {
    for (const card of deckCards) {
      const key = `${card.deckId}\u0000${card.kind}`;
      const list = this.byDeckKind.get(key);
      if (list === undefined) this.byDeckKind.set(key, [card]);
      else list.push(card);
    }
  }

  /** A question of `type` from unused cards, or `null`; `slotsAfter` questions still follow. */
  build(type: QuestionType, slotsAfter: number): QuizQuestion | null {
    if (type === 'matching') return this.matching(slotsAfter);
    const unfit = this.unfit.get(type) as Set<string>;
    for (const card of this.order) {
      if (this.used.has(card.id) || unfit.has(card.id)) continue;
      const question = this.single(type, card);
      if (question === null) {
        unfit.add(card.id);
        continue;
      }
      this.used.add(card.id);
      return question;
    }
    return null;
  }

  private single(type: Exclude<QuestionType, 'matching'>, card: QuizCard): QuizQuestion | null {
    const base = { cardId: card.id, deckId: card.deckId, lang: card.lang };
    switch (type) {
      case 'multiple-choice': {
        const distractors = pickDistractors(
          card,
          this.siblings(card),
          3,
          this.random,
          this.profiles,
        );
        if (distractors.length < 3) return null;
        const options = this.random.shuffle([card.back, ...distractors.map((other) => other.back)]);
        const correctIndex = options.indexOf(card.back);
        return { ...base, type, prompt: card.front, options, correctIndex };
      }
      case 'true-false': {
        const isTrue = this.random.next() < 0.5;
        // Needs a possible distractor even when true, or "true" would be all such cards get.
        const [distractor] = pickDistractors(
          card,
          this.siblings(card),
          1,
          this.random,
          this.profiles,
        );
        if (distractor === undefined) return null;
        const shown = isTrue ? card.back : distractor.back;
        return { ...base, type, prompt: card.front, shown, answer: card.back, isTrue };
      }
      case 'typed': {
        const face = typedFace(card);
        return face === null ? null : { ...base, type, ...face };
      }
    }
  }

  /**
   * 4–6 pairs from one deck, each about another subject, with pairwise different answers, and
   * no answer readable in another pair's prompt. Takes only as many cards as can be spared:
   * when too few would be left for the questions still to come, the deck is too small for
   * matching and the question falls back to another type.
   */
  private matching(slotsAfter: number): MatchingQuestion | null {
    const unused = this.order.filter((card) => !this.used.has(card.id));
    const size = Math.min(MATCHING_MAX_ITEMS, unused.length - slotsAfter);
    if (size < MATCHING_MIN_ITEMS) return null;
    const decks = [...new Set(unused.map((card) => card.deckId))];
    for (const deckId of decks) {
      const chosen = this.matchingSet(unused, deckId, size);
      if (chosen === null) continue;
      for (const { card } of chosen) this.used.add(card.id);
      const items = chosen.map(({ card, face }) => ({ cardId: card.id, ...face }));
      return {
        type: 'matching',
        deckId,
        lang: (chosen[0] as (typeof chosen)[number]).card.lang,
        items,
        answerOrder: this.random.shuffle(items.map((_, index) => index)),
      };
    }
    return null;
  }

  /**
   * Up to `size` pairs of `deckId` that do not clash, taken in the cards' order, or `null` when
   * fewer than the minimum. A set taken from the first card on can miss when the first pairs
   * clash with most others (about one shuffle in seventy of the Slovak deck); the next tries
   * start from the second, third … card, a bounded number of times.
   */
  private matchingSet(
    unused: readonly QuizCard[],
    deckId: string,
    size: number,
  ): { card: QuizCard; face: QuestionFace }[] | null {
    const faced = unused.flatMap((card) => {
      const face = card.deckId === deckId ? matchingFace(card) : null;
      return face === null ? [] : [{ card, face }];
    });
    for (let start = 0; start < Math.min(faced.length, MATCHING_STARTS); start += 1) {
      const chosen: { card: QuizCard; face: QuestionFace }[] = [];
      for (let offset = 0; offset < faced.length && chosen.length < size; offset += 1) {
        const pair = faced[(start + offset) % faced.length] as (typeof faced)[number];
        if (!chosen.some((other) => this.clash(other, pair))) chosen.push(pair);
      }
      if (chosen.length >= MATCHING_MIN_ITEMS) return chosen;
    }
    return null;
  }

  /** Whether two pairs may not share a matching set (see {@link matching}). */
  private clash(
    a: { card: QuizCard; face: QuestionFace },
    b: { card: QuizCard; face: QuestionFace },
  ): boolean {
    const lang = a.card.lang;
    return (
      a.face.prompt === b.face.prompt ||
      sameSubject(a.card, b.card, this.profiles) ||
      isNearEqual(a.face.answer, b.face.answer, lang, this.profiles) ||
      appearsIn(a.face.answer, b.face.prompt, lang, this.profiles) ||
      appearsIn(b.face.answer, a.face.prompt, lang, this.profiles)
    );
  }

  /** The cards of the same deck and kind: the only ones `pickDistractors` would take. */
  private siblings(card: QuizCard): readonly QuizCard[] {
    return this.byDeckKind.get(`${card.deckId}\u0000${card.kind}`) ?? [];
  }
}
