/**
 * Anki's card templates, rendered to this app's plain-text cards. A template is HTML with
 * `{{Field}}` replacements, filters (`{{text:Field}}`, `{{type:Field}}`, `{{cloze:Field}}`, …) and
 * sections (`{{#Field}}…{{/Field}}` when the field has text, `{{^Field}}…{{/Field}}` when it has
 * none); the answer usually repeats the question (`{{FrontSide}}`) above `<hr id=answer>`.
 * The rendered HTML becomes text by the card lists' `htmlFieldText` (line breaks kept, tags and
 * scripts dropped, never rendered as HTML), so nothing in a field can run. A picture
 * (`<img src="dk.png">`) stays in its place as the marker `[image:dk.png]` and a sound keeps
 * Anki's `[sound:…]` (see ../media/card-media.ts): the screens show the stored picture, and name
 * the sound without playing it.
 */
import { htmlFieldText } from '../import/card-table.ts';
import { imageMarker } from '../media/card-media.ts';

/** This app's blank in a cloze card, as the generator's highlight cards show it. */
export const CLOZE_BLANK = '_____';

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^}]*?))?\}\}/g;
const SECTION = /\{\{([#^])([^}]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const REPLACEMENT = /\{\{([^#^/][^}]*)\}\}/g;
const ANSWER_RULE = /<hr[^>]*\bid\s*=\s*["']?answer["']?[^>]*>/i;

/** What one card shows: the question side, or the answer side (which may repeat the question). */
interface RenderContext {
  readonly fields: ReadonlyMap<string, string>;
  readonly side: 'question' | 'answer';
  /** The cloze number of this card (Cloze note types), from 1. */
  readonly cloze: number | null;
  readonly frontSide: string;
}

/** A cloze field's text on one side of card `number`: that cloze blanked or revealed. */
function renderCloze(text: string, number: number, side: RenderContext['side']): string {
  return text.replace(CLOZE, (_match, n: string, answer: string, hint: string | undefined) => {
    if (Number(n) !== number) return answer;
    if (side === 'answer') return answer;
    return hint === undefined || hint.trim() === '' ? CLOZE_BLANK : `${CLOZE_BLANK} (${hint})`;
  });
}

function replacement(tag: string, context: RenderContext): string {
  const parts = tag.trim().split(':');
  const name = (parts.pop() ?? '').trim();
  const filters = parts.map((filter) => filter.trim());
  if (name === 'FrontSide') return context.frontSide;
  const value = context.fields.get(name) ?? '';
  if (filters.includes('type')) return context.side === 'answer' ? value : '';
  if (filters.includes('cloze')) {
    return context.cloze === null ? value : renderCloze(value, context.cloze, context.side);
  }
  return value;
}

function render(template: string, context: RenderContext): string {
  let text = template;
  // Sections may nest: resolve the innermost ones until none is left.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(SECTION, (_match, kind: string, name: string, body: string) => {
      const filled = (context.fields.get(name.trim()) ?? '').trim() !== '';
      return (kind === '#') === filled ? body : '';
    });
  }
  return text.replace(REPLACEMENT, (_match, tag: string) => replacement(tag, context));
}

const IMAGE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))[^>]*>/gi;

/**
 * Rendered HTML as text: a raw line break is only white space in HTML, `<br>` is one. An image's
 * marker is text, so `htmlFieldText` keeps it (and decodes the entities of its name).
 */
function toText(html: string): string {
  const images = html.replace(IMAGE, (_match, ...names: (string | undefined)[]) =>
    imageMarker(names.slice(0, 3).find((name) => name !== undefined) ?? ''),
  );
  return htmlFieldText(images.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** The cloze numbers used in a note's fields, ascending (`{{c2::…}}` gives 2). */
export function clozeNumbers(fields: readonly string[]): number[] {
  const numbers = new Set<number>();
  for (const field of fields) {
    for (const match of field.matchAll(CLOZE)) numbers.add(Number(match[1]));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** What a cloze card hides: its cloze's answers, as text, in order. */
function clozeAnswers(fields: readonly string[], number: number): string[] {
  return fields.flatMap((field) =>
    [...field.matchAll(CLOZE)]
      .filter((match) => Number(match[1]) === number)
      .map((match) => toText(match[2] ?? '')),
  );
}

export interface RenderedCard {
  readonly front: string;
  readonly back: string;
  /** Shown with the answer: a cloze card's whole text with its cloze filled in; else empty. */
  readonly context: string;
}

/**
 * One card of a note as text. A standard card's back is its answer side below
 * `<hr id=answer>` (the whole answer side when it has none and does not repeat the question);
 * a cloze card (`cloze`: its number) hides that cloze's text behind {@link CLOZE_BLANK}, its back
 * is the hidden text, and its context the answer side.
 *
 * @example
 * renderCard({ question: '{{Front}}', answer: '{{FrontSide}}<hr id=answer>{{Back}}' },
 *   new Map([['Front', 'hund'], ['Back', 'dog']]), null) // { front: 'hund', back: 'dog', context: '' }
 */
export function renderCard(
  template: { readonly question: string; readonly answer: string },
  fields: ReadonlyMap<string, string>,
  cloze: number | null,
): RenderedCard {
  const question = render(template.question, { fields, side: 'question', cloze, frontSide: '' });
  const answer = render(template.answer, { fields, side: 'answer', cloze, frontSide: question });
  const front = toText(question);
  if (cloze !== null) {
    const answers = clozeAnswers([...fields.values()], cloze);
    return { front, back: answers.join(', '), context: toText(answer) };
  }
  const rule = ANSWER_RULE.exec(answer);
  let back = toText(rule === null ? answer : answer.slice(rule.index + rule[0].length));
  if (rule === null && back.startsWith(front)) back = back.slice(front.length).trim();
  return { front, back, context: '' };
}
