/**
 * Terms an article introduces in quotes: `BPO betragtes som "offshore outsourcing", hvis …`,
 * `BPO'ya "kıyıya yakın dış kaynak kullanımı" denir`, `"Planéta" je nebeské teleso …`. A quote
 * is a definition only when a naming phrase stands right next to it; a quoted statement of a
 * person is not. The card asks for the term's meaning: the back is the defining sentence with the
 * term itself blanked, so it reads as a definition instead of repeating the front.
 */
import type { CardDraft } from './ids.ts';
import type { Section } from './sections.ts';
import type { Block } from './structure.ts';
import { definesSubject, introducesTerm, namesTermAfter } from './definition-words.ts';
import { splitSentences } from './sentences.ts';
import { foldForCompare, replaceWholeTerm, wordCount } from './text.ts';

const QUOTE = /["“„«»]([^"“”„«»\n]{1,80}?)["”“«»]/gu;
/** Words joining synonyms: `"onshore outsourcing" eller "domestic sourcing"`. */
const JOINER =
  /^\s*,?\s*(?:or|and|eller|og|veller|veya|ya da|ve|alebo|či|a|nebo|oder|und|ou|et|o|y|e|of|en|lub|i)?\s*$/iu;
const TERM_PLACEHOLDER = '…';
/** A sentence that defines a term is short; longer "sentences" are lists or unpunctuated junk. */
const MAX_SENTENCE = 600;

interface QuoteSpan {
  start: number;
  end: number;
  term: string;
  /** Index of the term text inside the sentence. */
  termStart: number;
}

function quoteSpans(sentence: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const match of sentence.matchAll(QUOTE)) {
    const inner = match[1] ?? '';
    const term = inner
      .trim()
      .replace(/[,.;:]+$/u, '')
      .trim();
    const offset = inner.indexOf(term);
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      term,
      termStart: match.index + 1 + Math.max(offset, 0),
    });
  }
  return spans;
}

/** Adjacent quotes joined by "or"/"eller"/"veya"… name the same thing and share the verb. */
function groupSpans(sentence: string, spans: readonly QuoteSpan[]): QuoteSpan[][] {
  const groups: QuoteSpan[][] = [];
  for (const span of spans) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && JOINER.test(sentence.slice(previous.end, span.start))) {
      group.push(span);
    } else {
      groups.push([span]);
    }
  }
  return groups;
}

function isTermLike(term: string): boolean {
  return /\p{L}/u.test(term) && wordCount(term) <= 6 && !/[.!?]$/u.test(term);
}

function isDefinitional(sentence: string, group: readonly QuoteSpan[]): boolean {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return false;
  const before = sentence.slice(0, first.start);
  const after = sentence.slice(last.end);
  if (introducesTerm(before) || namesTermAfter(after)) return true;
  return before.trim() === '' && definesSubject(after);
}

/** The sentence with `term` replaced by "…" at its quote and wherever else it appears. */
function blankTerm(sentence: string, span: QuoteSpan): string {
  const blanked =
    sentence.slice(0, span.termStart) +
    TERM_PLACEHOLDER +
    sentence.slice(span.termStart + span.term.length);
  // `"…,"` → `"…",` and `"domestic sourcing,"` → `"domestic sourcing",`: punctuation inside
  // the quotes belongs to the sentence, and next to the blank it looked like part of the answer.
  return replaceWholeTerm(blanked, span.term, TERM_PLACEHOLDER)
    .replace(/…([,.;:]+)(["”“»«])/gu, '…$2$1')
    .replace(/([^\s"”“»«]),(["”“»«])(?=\s)/gu, '$1$2,');
}

/**
 * Definition cards for quoted terms in the given prose sections.
 *
 * @example
 * quotedTermCards(splitSections(parseDocument('BPO omtales som "nearshore outsourcing", hvis …').blocks), new Set())
 * // [{ kind: 'definition', front: 'nearshore outsourcing', back: 'BPO omtales som "…", hvis …', … }]
 */
export function quotedTermCards(
  sections: readonly Section[],
  excluded: ReadonlySet<Block>,
): CardDraft[] {
  const cards: CardDraft[] = [];
  const seen = new Set<string>();
  for (const block of sections.flatMap((section) => section.blocks)) {
    if (block.kind !== 'paragraph' || excluded.has(block)) continue;
    for (const sentence of splitSentences(block.text)) {
      if (sentence.length > MAX_SENTENCE) continue;
      const spans = quoteSpans(sentence);
      for (const group of groupSpans(sentence, spans)) {
        if (!group.every((span) => isTermLike(span.term)) || !isDefinitional(sentence, group)) {
          continue;
        }
        for (const span of group) {
          const key = foldForCompare(span.term);
          if (seen.has(key)) continue;
          const back = blankTerm(sentence, span);
          // A back of little more than the blank would only restate the front.
          if (wordCount(back) < 4) continue;
          if (foldForCompare(back).includes(key)) continue;
          seen.add(key);
          cards.push({
            kind: 'definition',
            anchor: `quoted:${span.term}`,
            front: span.term,
            back,
            context: '',
            lines: [block.from, block.to],
          });
        }
      }
    }
  }
  return cards;
}
