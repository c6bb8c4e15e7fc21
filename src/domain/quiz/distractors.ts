/**
 * Wrong options for multiple-choice and true/false questions. A distractor should be a plausible
 * answer: the answer of a card of the same kind from the same deck, preferably from the same list
 * or table row (the other side of a comparison is the classic confusion), else the same section,
 * and of similar length. It is never the same answer as the right one (see `isNearEqual`), no
 * two distractors are the same answer either, and none can be read in the question itself
 * (`appearsIn`): a list card shows the list's other items, so they are never its distractors —
 * the right option would be the one not on screen. Other lists' items take their place.
 *
 * Length is a give-away: if distractors were simply the most similar in length, the longest
 * answers of a deck would always be the longest option. So the number of distractors longer
 * than the right answer is drawn first, and then the most plausible ones on each side are taken.
 */
import { AnswerProfiles, appearsIn, isNearEqual } from './check-answer.ts';
import { groupOf, sameTerm } from './question-subject.ts';
import type { QuizCard } from './quiz-types.ts';
import type { Random } from './seeded-random.ts';

/** Cards this many source lines apart or closer count as the same section. */
const SECTION_LINES = 12;

/**
 * Relative weight of "all distractors on one side" (the right answer the longest or the
 * shortest option) when there is a choice: below the others, because the longest and shortest
 * answers of a deck have no choice at all and would otherwise tip the balance past chance.
 */
const ONE_SIDED_WEIGHT = 0.25;

/**
 * Whether `other` may serve as a distractor for `card`: same deck and kind, another question,
 * not (nearly) the same answer, not about the same term (`sameTerm`: what it says may be true
 * of the card's term too), and not shown in the card's question.
 *
 * @example
 * canDistract(bpoServices, kpoServices); // true: same row, other side of the table
 */
export function canDistract(
  card: QuizCard,
  other: QuizCard,
  profiles: AnswerProfiles = new AnswerProfiles(),
): boolean {
  return (
    isCandidate(card, other) &&
    !isNearEqual(other.back, card.back, card.lang, profiles) &&
    !sameTerm(card, other, profiles) &&
    !appearsIn(other.back, card.front, card.lang, profiles)
  );
}

/** The cheap half of {@link canDistract}, before comparing answers. */
function isCandidate(card: QuizCard, other: QuizCard): boolean {
  return (
    other.id !== card.id &&
    other.deckId === card.deckId &&
    other.kind === card.kind &&
    other.back.trim() !== '' &&
    other.front.trim() !== card.front.trim()
  );
}

/**
 * Picks up to `count` distractors for `card` among `deckCards` (which may include the card
 * itself and cards of other decks); fewer when the deck has too few usable answers. The result
 * holds no two near-equal answers. Pass one `profiles` per quiz to normalise each answer once.
 *
 * @example
 * const wrong = pickDistractors(card, deckCards, 3, createRandom(7)).map((other) => other.back);
 */
export function pickDistractors(
  card: QuizCard,
  deckCards: readonly QuizCard[],
  count: number,
  random: Random,
  profiles: AnswerProfiles = new AnswerProfiles(),
): QuizCard[] {
  const scored = deckCards
    .filter((other) => isCandidate(card, other))
    .map((other) => ({ card: other, score: plausibility(card, other) + random.next() * 0.5 }))
    .sort((a, b) => b.score - a.score);
  // The most plausible distinct answers, enough on each side of the right answer's length.
  const length = textLength(card.back);
  const longer: QuizCard[] = [];
  const notLonger: QuizCard[] = [];
  for (const { card: other } of scored) {
    if (longer.length >= count && notLonger.length >= count) break;
    const side = textLength(other.back) > length ? longer : notLonger;
    if (side.length >= count || !canDistract(card, other, profiles)) continue;
    const kept = [...longer, ...notLonger];
    if (!kept.some((each) => isNearEqual(each.back, other.back, card.lang, profiles))) {
      side.push(other);
    }
  }
  const wanted = Math.min(count, longer.length + notLonger.length);
  const fewest = Math.max(0, wanted - notLonger.length);
  const most = Math.min(wanted, longer.length);
  const longerCount = drawLongerCount(fewest, most, wanted, random);
  return [...longer.slice(0, longerCount), ...notLonger.slice(0, wanted - longerCount)];
}

/** How many of `wanted` distractors should be longer than the right answer, in [fewest, most]. */
function drawLongerCount(fewest: number, most: number, wanted: number, random: Random): number {
  if (most <= fewest) return fewest;
  const weights: number[] = [];
  for (let longer = fewest; longer <= most; longer += 1) {
    weights.push(longer === 0 || longer === wanted ? ONE_SIDED_WEIGHT : 1);
  }
  let draw = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [offset, weight] of weights.entries()) {
    draw -= weight;
    if (draw < 0) return fewest + offset;
  }
  return most;
}

/** Higher is more plausible: same list or table row, same section, similar length. */
function plausibility(card: QuizCard, other: QuizCard): number {
  let score = 0;
  const group = groupOf(card);
  if (group !== null && group === groupOf(other)) score += 3;
  if (Math.abs(card.lines[0] - other.lines[0]) <= SECTION_LINES) score += 1;
  const ratio = Math.log(textLength(other.back) / Math.max(1, textLength(card.back)));
  return score + 2 * (1 - Math.min(1, Math.abs(ratio)));
}

function textLength(text: string): number {
  return Array.from(text.trim()).length;
}
