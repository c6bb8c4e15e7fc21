/**
 * Which side of a card a question shows and which it asks for, per question type. Typed answers
 * need short answers (hidden terms, list items, table cells, and a definition's term asked from
 * its definition); matching needs short one-line prompts so 4–6 pairs fit on a screen.
 */
import { BLANK } from '../generator/text.ts';
import { isNearEqual } from './check-answer.ts';
import type { QuizCard } from './quiz-types.ts';

export interface QuestionFace {
  readonly prompt: string;
  readonly answer: string;
}

/** Typed answers longer than this are not "short": nobody should have to type a sentence. */
export const TYPED_MAX_LENGTH = 48;
export const TYPED_MAX_WORDS = 6;
/** Matching prompts and answers must stay readable side by side. */
export const MATCHING_MAX_PROMPT = 100;
export const MATCHING_MAX_ANSWER = 200;

/**
 * The prompt and answer of a typed question about `card`, or `null` when its answer is not short.
 *
 * @example
 * typedFace({ kind: 'list', front: 'Segments:\n• _____', back: 'analytika', … });
 * // { prompt: 'Segments:\n• _____', answer: 'analytika' }
 */
export function typedFace(card: QuizCard): QuestionFace | null {
  switch (card.kind) {
    case 'highlight':
    case 'list':
    case 'comparison':
      return isShort(card.back) ? { prompt: card.front, answer: card.back } : null;
    case 'definition': {
      // Ask for the term from its definition, unless the "term" is a question ("What is …?") or
      // the definition spells it out.
      const term = card.front.trim();
      if (!isShort(term) || term.endsWith('?') || isNearEqual(card.back, term, card.lang)) {
        return null;
      }
      return { prompt: card.back, answer: term };
    }
    case 'faq':
      return null;
  }
}

/**
 * The prompt and answer of `card` as one pair of a matching question, or `null` when too long.
 *
 * @example
 * matchingFace({ kind: 'comparison', front: 'KPO — services?', back: 'High-end services', … });
 * // { prompt: 'KPO — services?', answer: 'High-end services' }
 */
export function matchingFace(card: QuizCard): QuestionFace | null {
  const prompt = card.front.trim();
  const answer = card.back.trim();
  if (prompt.includes('\n') || length(prompt) > MATCHING_MAX_PROMPT) return null;
  if (length(answer) > MATCHING_MAX_ANSWER) return null;
  return { prompt, answer };
}

/**
 * A prompt in a line or two, for a table of results: a list card's lead-in and its blank line
 * (the rest of the list was there to read during the quiz); other prompts as they are.
 *
 * @example
 * promptSummary('Segments:\n• analytika\n• _____\n• výskum'); // 'Segments: … _____'
 */
export function promptSummary(prompt: string): string {
  const lines = prompt
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length <= 2) return lines.join('\n');
  const blank = lines.slice(1).find((line) => line.includes(BLANK));
  return blank === undefined
    ? lines.join('\n')
    : `${lines[0] ?? ''} … ${blank.replace(/^•\s*/u, '')}`;
}

function isShort(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed !== '' &&
    length(trimmed) <= TYPED_MAX_LENGTH &&
    trimmed.split(/\s+/u).length <= TYPED_MAX_WORDS
  );
}

function length(text: string): number {
  return Array.from(text).length;
}
