/**
 * Cards the learner writes by hand: a basic card (front, back, optional context), or a cloze
 * note in Anki's syntax — `{{c1::answer}}` or `{{c1::answer::hint}}` — which gives one card per
 * cloze number. Every occurrence of a card's number is hidden together; the note's other clozes
 * show their text. Cloze cards look like the generator's highlight cards: the hidden text is a
 * blank on the front, the answer is the back, and the whole sentence is the context.
 *
 * Hand-made card ids carry their own segment (see hand-made-card-ids.ts).
 */
import { BLANK } from '../generator/text.ts';
import { handMadeIdBase } from './hand-made-card-ids.ts';
import type { DeckCard } from './deck-types.ts';

/** What the learner typed in the "Add a card" form. */
export type HandCardInput =
  | {
      readonly type: 'basic';
      readonly front: string;
      readonly back: string;
      readonly context: string;
    }
  /** `extra` is shown with the answer, under the whole sentence (Anki's "Back Extra"). */
  | { readonly type: 'cloze'; readonly text: string; readonly extra: string };

/** Why a cloze text cannot be read; `number` is the cloze the problem is in. */
export type ClozeProblem =
  | { readonly code: 'noCloze' }
  | { readonly code: 'unclosed'; readonly number: number }
  | { readonly code: 'nested'; readonly number: number }
  | { readonly code: 'empty'; readonly number: number }
  | { readonly code: 'zero' };

export type HandCardProblem =
  ClozeProblem | { readonly code: 'noFront' } | { readonly code: 'noBack' };

/** One `{{cN::answer::hint}}` of a cloze text. */
export interface Cloze {
  readonly number: number;
  readonly answer: string;
  /** `null` without a hint. */
  readonly hint: string | null;
}

/** A cloze text cut into its plain text and its clozes, in order. */
export type ClozeSegment = string | Cloze;

const OPEN = /\{\{c(\d+)::/g;
const CLOSE = '}}';

/**
 * Cuts a cloze text into plain text and clozes, or says what is wrong with it: a cloze not
 * closed, a cloze inside another, a cloze hiding nothing, `c0`, or no cloze at all.
 *
 * @example
 * parseCloze('{{c1::Oslo::city}} is in {{c2::Norway}}')
 * // { ok: true, segments: [{ number: 1, answer: 'Oslo', hint: 'city' }, ' is in ', { number: 2, … }] }
 * parseCloze('{{c1::Oslo is in Norway') // { ok: false, problem: { code: 'unclosed', number: 1 } }
 */
export function parseCloze(
  text: string,
): { ok: true; segments: ClozeSegment[] } | { ok: false; problem: ClozeProblem } {
  const segments: ClozeSegment[] = [];
  let from = 0;
  for (;;) {
    OPEN.lastIndex = from;
    const open = OPEN.exec(text);
    if (open === null) break;
    const number = Number(open[1]);
    if (number === 0) return { ok: false, problem: { code: 'zero' } };
    const inner = open.index + open[0].length;
    const close = text.indexOf(CLOSE, inner);
    OPEN.lastIndex = inner;
    const nextOpen = OPEN.exec(text);
    if (nextOpen !== null && (close === -1 || nextOpen.index < close)) {
      return { ok: false, problem: { code: 'nested', number } };
    }
    if (close === -1) return { ok: false, problem: { code: 'unclosed', number } };
    const body = text.slice(inner, close);
    const split = body.indexOf('::');
    const answer = (split === -1 ? body : body.slice(0, split)).trim();
    const hint = split === -1 ? '' : body.slice(split + 2).trim();
    if (answer === '') return { ok: false, problem: { code: 'empty', number } };
    if (open.index > from) segments.push(text.slice(from, open.index));
    segments.push({ number, answer, hint: hint === '' ? null : hint });
    from = close + CLOSE.length;
  }
  if (from < text.length) segments.push(text.slice(from));
  if (!segments.some((segment) => typeof segment !== 'string')) {
    return { ok: false, problem: { code: 'noCloze' } };
  }
  return { ok: true, segments };
}

/** The text with every cloze shown as its answer. */
function revealed(segments: readonly ClozeSegment[]): string {
  return segments
    .map((segment) => (typeof segment === 'string' ? segment : segment.answer))
    .join('');
}

/** The card of cloze `number`: its clozes blanked (with their hints), the others shown. */
function clozeCard(segments: readonly ClozeSegment[], number: number, extra: string) {
  const front = segments
    .map((segment) => {
      if (typeof segment === 'string' || segment.number !== number) {
        return typeof segment === 'string' ? segment : segment.answer;
      }
      return segment.hint === null ? BLANK : `${BLANK} [${segment.hint}]`;
    })
    .join('')
    .trim();
  const answers = segments.flatMap((segment) =>
    typeof segment !== 'string' && segment.number === number ? [segment.answer] : [],
  );
  const context = [revealed(segments).trim(), extra].filter((part) => part !== '').join('\n\n');
  return { front, back: [...new Set(answers)].join(', '), context };
}

/**
 * The cards one "Add" makes in deck `deckId`: one for a basic card, one per cloze number (in
 * increasing order) for a cloze note. `noteId` makes the ids unique; pass a fresh random one.
 *
 * @example
 * handMadeCards('geo', 'n1', { type: 'cloze', text: '{{c1::Oslo}} is in {{c2::Norway}}', extra: '' })
 * // cards 'geo:added:n1-c1' (front '_____ is in Norway', back 'Oslo') and 'geo:added:n1-c2'
 */
export function handMadeCards(
  deckId: string,
  noteId: string,
  input: HandCardInput,
): { ok: true; cards: DeckCard[] } | { ok: false; problem: HandCardProblem } {
  const idBase = handMadeIdBase(deckId, noteId);
  if (input.type === 'basic') {
    const front = input.front.trim();
    const back = input.back.trim();
    if (front === '') return { ok: false, problem: { code: 'noFront' } };
    if (back === '') return { ok: false, problem: { code: 'noBack' } };
    const context = input.context.trim();
    return {
      ok: true,
      cards: [{ id: idBase, kind: 'definition', front, back, context, lines: [0, 0] }],
    };
  }
  const parsed = parseCloze(input.text);
  if (!parsed.ok) return parsed;
  const numbers = [
    ...new Set(
      parsed.segments.flatMap((segment) => (typeof segment === 'string' ? [] : [segment.number])),
    ),
  ].sort((a, b) => a - b);
  const extra = input.extra.trim();
  return {
    ok: true,
    cards: numbers.map((number) => ({
      id: `${idBase}-c${String(number)}`,
      kind: 'highlight',
      ...clozeCard(parsed.segments, number, extra),
      lines: [0, 0],
    })),
  };
}
