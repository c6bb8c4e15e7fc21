/**
 * Definition cards from the places where an article says what a term is: a "What is …?"
 * section, the front-matter description, a "Key difference:" lead defining two terms, and terms
 * the prose introduces in quotes (see quoted-terms.ts).
 */
import type { FrontMatter } from './front-matter.ts';
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import type { Block } from './structure.ts';
import { definesSubject, dropCopula } from './definition-words.ts';
import { answerText } from './faq.ts';
import { bodyDefinitionCards } from './body-definitions.ts';
import { headingTermCards } from './heading-terms.ts';
import type { DocumentTerms } from './key-terms.ts';
import { keyDifferenceRest, withoutContrastOpener } from './heading-words.ts';
import { quotedTermCards } from './quoted-terms.ts';
import { splitAnswer, splitSentences, withoutListLead } from './sentences.ts';
import {
  capitalizeFirst,
  endsLikeSentence,
  escapeRegExp,
  foldForCompare,
  foldedWords,
  holdsSeparatedItems,
  overlapOfWords,
  startsLowerCase,
  wordCount,
  wordOverlap,
  wordStems,
} from './text.ts';

/** Fewer words than this answer no "What is …?" question. */
const MIN_ANSWER_WORDS = 3;

/**
 * "What is X?" sections: front the heading, back the first paragraph. When that paragraph lost
 * its beginning (starts lower-case, "işle ilgili … yöntemidir."), the front-matter description —
 * the site's own one-sentence definition — stands in for it.
 */
/**
 * A paragraph under a what-is heading that answers nothing: a byline or share bar of parts set
 * apart by "|" or "·" ("📅 8 Mart 2025 | ✍️ Ekonomi Masası | 💬 12 yorum"), or a teaser that asks
 * a question of its own ("… Peki paranın kiralanmadığı bir bankacılık mümkün mü?"). The answer
 * is the paragraph after it.
 */
function isNoAnswer(text: string): boolean {
  if (holdsSeparatedItems(text) && !endsLikeSentence(text)) return true;
  return splitSentences(text).some((sentence) => sentence.endsWith('?'));
}

function whatIsCards(sections: readonly Section[], description: string): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections) {
    const heading = section.heading;
    if (section.role !== 'what-is' || heading === undefined) continue;
    const paragraphs = section.blocks.filter((block) => block.kind === 'paragraph');
    let back = '';
    let last: Block | undefined;
    for (const paragraph of paragraphs) {
      last = paragraph;
      if (isNoAnswer(paragraph.text)) continue;
      if (!startsLowerCase(paragraph.text)) {
        // A back does not end at the lead-in of the list under it ("Zákon pozná aj iné
        // exekučné tituly, napríklad:"): the list cards ask the list.
        const listed = section.blocks[section.blocks.indexOf(paragraph) + 1]?.kind === 'bullet';
        back = listed ? withoutListLead(paragraph.text) : paragraph.text;
        break;
      }
      if (description !== '') {
        back = description;
        break;
      }
    }
    if (back === '' && paragraphs.length === 0) {
      back = answerText(section.blocks);
      last = section.blocks.at(-1);
    }
    // A label ("TL;DR") over the article's bullets answers nothing.
    if (wordCount(back) < MIN_ANSWER_WORDS) continue;
    cards.push({
      kind: 'definition',
      anchor: `what-is:${heading.text}`,
      front: heading.text,
      back,
      context: '',
      lines: [heading.from, last?.to ?? heading.to],
    });
  }
  return cards;
}

const TERM = String.raw`(\p{Lu}[\p{Lu}\p{N}&]{1,9}(?![\p{L}\p{N}])|["“„«»][^"“”„«»]{1,60}["”“«»]|\p{Lu}[\p{Ll}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,3})(\s*\([^()]{1,80}\))?`;
const WITH_APPOSITION = new RegExp(`^${TERM}\\s*,\\s*([^,]{3,120}?)\\s*,\\s+(\\S.*)$`, 'u');
const WITH_VERB = new RegExp(`^${TERM}\\s+(\\S.*)$`, 'u');

interface TermDefinition {
  term: string;
  back: string;
}

function stripQuotes(term: string): string {
  return term.replace(/^["“„«»]|["”“«»]$/gu, '').trim();
}

/**
 * Whether a sentence-initial word group names a term rather than just starting the sentence
 * ("It is …", "Dagegen ist …"): an acronym, a quoted term, a name of several capitalised words,
 * a term with its expansion in parentheses, or a word the title names ("Ghee" in "Rozdiel medzi
 * ropou a Ghee").
 */
function isTerm(term: string, paren: string, title: string): boolean {
  if (paren !== '' || /^\p{Lu}[\p{Lu}\p{N}&]+$|^["“„«»]/u.test(term) || wordCount(term) >= 2) {
    return true;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u').test(title);
}

/** `BPO, skratka pre …, znamená …` or `Ghee je druh …` → term and its defining clause. */
function defineSentenceSubject(sentence: string, title: string): TermDefinition | undefined {
  const appositive = WITH_APPOSITION.exec(sentence);
  if (appositive) {
    const [, term = '', paren = '', apposition = '', rest = ''] = appositive;
    // "skratka pre …", "short for …": a lower-case phrase of words, not a list of more terms.
    const isApposition = /^\p{Ll}/u.test(apposition) && wordCount(apposition) >= 2;
    if (isTerm(term, paren, title) && (isApposition || definesSubject(rest))) {
      return { term: stripQuotes(term + paren), back: capitalizeFirst(`${apposition}, ${rest}`) };
    }
  }
  const verb = WITH_VERB.exec(sentence);
  if (verb) {
    const [, term = '', paren = '', rest = ''] = verb;
    if (isTerm(term, paren, title) && definesSubject(rest)) {
      return { term: stripQuotes(term + paren), back: capitalizeFirst(dropCopula(rest)) };
    }
  }
  return undefined;
}

/**
 * Parses the text after a "Key difference:" lead into one definition per term, skipping an
 * opening connective such as "Na druhej strane," / "On the other hand,".
 *
 * @example
 * parseKeyDifference('BPO, short for Business Process Outsourcing, means … On the other hand, KPO is …', 'BPO vs KPO')
 * // [{ term: 'BPO', back: 'Short for Business Process Outsourcing, means …' }, { term: 'KPO', back: '…' }]
 */
export function parseKeyDifference(text: string, title = ''): TermDefinition[] {
  const found: TermDefinition[] = [];
  for (const sentence of splitSentences(text)) {
    const connective = /^([^,]{1,40}),\s+/u.exec(sentence);
    const contrasted = withoutContrastOpener(sentence);
    const definition =
      defineSentenceSubject(sentence, title) ??
      (connective && wordCount(connective[1] ?? '') <= 5
        ? defineSentenceSubject(sentence.slice(connective[0].length), title)
        : undefined) ??
      (contrasted === undefined
        ? leadingPhraseDefinition(sentence)
        : (defineSentenceSubject(contrasted, title) ??
          leadingPhraseDefinition(contrasted) ??
          contrastedTerm(contrasted, found[0]?.term ?? '')));
    if (definition && wordCount(definition.back) >= 2) found.push(definition);
  }
  return found;
}

/** The most words a phrase leading a key-difference sentence has before its verb. */
const MAX_LEAD_WORDS = 4;

/**
 * "Outsourcing účtovníctva znamená, že …": a capitalised phrase of a few words, lower-case ones
 * included, followed by a defining verb. Only inside a key-difference lead, which defines by
 * construction; in other prose this shape is any sentence.
 */
function leadingPhraseDefinition(sentence: string): TermDefinition | undefined {
  if (!/^\p{Lu}/u.test(sentence)) return undefined;
  const words = sentence.split(/\s+/u);
  for (let count = 2; count <= MAX_LEAD_WORDS && count < words.length; count += 1) {
    const term = words.slice(0, count).join(' ');
    if (/[,;:]$/u.test(term)) return undefined;
    const rest = ` ${words.slice(count).join(' ')}`;
    if (!definesSubject(rest)) continue;
    // "znamená, že firma zverí …" says "firma zverí …"; a copula just goes.
    const clause = /^\S+,?\s+(?:že|that|dass|at|ki|att)\s+(\S.*)$/iu.exec(rest.trim())?.[1];
    return { term, back: capitalizeFirst(clause ?? dropCopula(rest.trim())) };
  }
  return undefined;
}

/**
 * The second half of a key-difference lead names the other term by a word it shares with the
 * first ("Outsourcing účtovníctva … Na druhej strane interné účtovníctvo vedie …"): the words up
 * to that shared one are the term, the rest says what it is.
 */
function contrastedTerm(sentence: string, firstTerm: string): TermDefinition | undefined {
  const shared = new Set(wordStems(firstTerm).filter((stem) => stem.length >= 4));
  const words = sentence.split(/\s+/u);
  for (let count = 1; count <= MAX_LEAD_WORDS - 1 && count < words.length; count += 1) {
    const last = words[count - 1] ?? '';
    if (/[,;:]$/u.test(last)) return undefined;
    if (!wordStems(last).some((stem) => shared.has(stem))) continue;
    const term = words.slice(0, count).join(' ');
    if (foldForCompare(term) === foldForCompare(firstTerm)) return undefined;
    return { term, back: capitalizeFirst(words.slice(count).join(' ')) };
  }
  return undefined;
}

function keyDifferenceCards(sections: readonly Section[], title: string): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    for (const block of section.blocks) {
      const rest = block.kind === 'paragraph' ? keyDifferenceRest(block.text) : undefined;
      if (rest === undefined) continue;
      for (const { term, back } of parseKeyDifference(rest, title)) {
        cards.push({
          kind: 'definition',
          anchor: `key-difference:${term}`,
          front: term,
          back,
          context: '',
          lines: [block.from, block.to],
        });
      }
    }
  }
  return cards;
}

/**
 * All definition cards of a document, one per term: a term defined twice keeps its first
 * definition in the order what-is section, key-difference lead, quoted term, body sentence
 * (body-definitions.ts), description.
 *
 * @example
 * definitionCards(sections, frontMatter, 'Business Process Outsourcing (BPO)', new Set(), terms)
 */
export function definitionCards(
  sections: readonly Section[],
  frontMatter: FrontMatter,
  title: string,
  excluded: ReadonlySet<Block>,
  terms: DocumentTerms,
): CardDraft[] {
  const whatIs = whatIsCards(sections, frontMatter.description);
  const candidates = [
    ...whatIs,
    ...keyDifferenceCards(sections, title),
    ...quotedTermCards(sections.filter(isProseSection), excluded),
    ...bodyDefinitionCards(sections, terms, excluded),
    ...headingTermCards(sections, terms.lang),
  ];
  const description = frontMatter.description;
  // The description usually is the first sentence of the what-is section, or answers the same
  // "what is <title>?" question in other words: one card for it is enough.
  // Asked only when there is a description: a long document has thousands of what-is cards.
  const repeated = () =>
    whatIs.some(
      (card) =>
        wordOverlap(description, card.back) >= 0.6 ||
        wordOverlap(card.back, description) >= 0.8 ||
        foldForCompare(card.front).includes(foldForCompare(title)),
    );
  if (description !== '' && title !== '' && !repeated()) {
    const line = frontMatter.descriptionLine;
    candidates.push({
      kind: 'definition',
      anchor: 'description',
      front: title,
      back: description,
      context: '',
      lines: [line, line],
    });
  }
  const seen = new Set<string>();
  const kept: { card: CardDraft; words: ReadonlySet<string> }[] = [];
  for (const card of candidates) {
    const key = foldForCompare(card.front);
    // A back holding " | " is the cells of a table run together, no explanation.
    if (seen.has(key) || card.back === '' || card.back.includes(' | ')) continue;
    if (foldForCompare(card.back) === key) continue;
    // The same definition found twice (a what-is section and its first sentence) is one card.
    // Compared with what a kept card asks, its short back: a later sentence of a what-is
    // section that defines another term ("Likvide midler er penge, der …") is only context there.
    const words = foldedWords(card.back);
    if (kept.some((other) => overlapOfWords(words, other.words) >= 0.8)) continue;
    seen.add(key);
    kept.push({ card, words: new Set(foldedWords(splitAnswer(card.back, card.front).back)) });
  }
  return kept.map(({ card }) => card);
}
