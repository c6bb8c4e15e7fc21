/**
 * Glossary entries: a section whose heading is a term ("## Mahnbescheid", "## Lønseddel") and
 * whose first sentence speaks of that term says what it is, even when the sentence has no
 * defining verb ("Der Mahnbescheid wird vom Amtsgericht erlassen, …"). Glossary and lexicon
 * pages are written this way; the sentence shapes of body-definitions.ts miss most of them.
 */
import type { CardDraft } from './ids.ts';
import type { Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { isFunctionWord, isGenericWord } from './term-words.ts';
import { endsLikeSentence, foldForCompare, foldedWords, startsLowerCase } from './text.ts';

/** A heading of more words is a title, not a term. */
const MAX_TERM_WORDS = 4;

/** A heading that names a term: a short noun phrase, no question, no clause, not only generic words. */
function isTermHeading(text: string, lang: string): boolean {
  if (/[?？!:;,.…]/u.test(text) || !/\p{L}/u.test(text)) return false;
  const words = foldedWords(text);
  if (words.length === 0 || words.length > MAX_TERM_WORDS) return false;
  if (words.some((word) => /^\d+$/u.test(word))) return false;
  if (isFunctionWord(words[0] ?? '', lang) || isFunctionWord(words.at(-1) ?? '', lang)) {
    return false;
  }
  return !words.every((word) => isGenericWord(word, lang));
}

/**
 * Whether `sentence` speaks of `term`: it holds the term's words in a row, the last one maybe
 * inflected or compounded ("Verjährung" in "Die regelmäßige Verjährungsfrist beträgt …").
 */
function speaksOf(sentence: string, term: string): boolean {
  const words = foldedWords(term);
  const folded = ` ${foldedWords(sentence).join(' ')}`;
  return folded.includes(` ${words.join(' ')}`);
}

/**
 * One definition card per glossary section: front the heading, back the section's first
 * paragraph (cut to a gradable length later, like every back), when its first sentence speaks
 * of the heading's term.
 *
 * @example
 * headingTermCards(splitSections(parseDocument('# G\n\n## Mahnbescheid\n\nDer Mahnbescheid wird vom Amtsgericht erlassen.').blocks), 'de')
 * // [{ kind: 'definition', front: 'Mahnbescheid', back: 'Der Mahnbescheid wird vom Amtsgericht erlassen.', … }]
 */
export function headingTermCards(sections: readonly Section[], lang: string): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections) {
    const heading = section.heading;
    if (section.role !== 'other' || heading === undefined || heading.level === 1) continue;
    const term = heading.text.trim();
    if (!isTermHeading(term, lang)) continue;
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph');
    if (paragraph === undefined || section.blocks[0] !== paragraph) continue;
    const text = paragraph.text;
    // A lead-in ending in ":" introduces a list; it says nothing on its own.
    if (startsLowerCase(text) || !endsLikeSentence(text) || text.endsWith(':')) continue;
    const first = splitSentences(text)[0] ?? '';
    if (!speaksOf(first, term) || foldForCompare(first) === foldForCompare(term)) continue;
    cards.push({
      kind: 'definition',
      anchor: `heading-term:${term}`,
      front: term,
      back: text,
      context: '',
      lines: [heading.from, paragraph.to],
    });
  }
  return cards;
}
