/**
 * Document → deck. The single entry point of the generator, used by the CLI (decks/*.json) and
 * by the app when a learner imports a document: the same text always gives the same deck, byte
 * for byte, with no clock and no randomness involved.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Deck } from '../deck/deck-types.ts';
import { comparisonCards } from './comparison.ts';
import { definitionCards, parseKeyDifference } from './definitions.ts';
import { factCards } from './facts.ts';
import { documentSubject, faqCards, questionHeadingCards, titleTerm, withSubject } from './faq.ts';
import { formulaCards } from './formulas.ts';
import { DeckGenerationError } from './generator-error.ts';
import { keyDifferenceRest } from './heading-words.ts';
import { highlightCards } from './highlights.ts';
import { inlineListCards } from './inline-lists.ts';
import { collectDocumentTerms, withDefinedTerms } from './key-terms.ts';
import { assignCardIds, deckIdFromFileName, type CardDraft } from './ids.ts';
import { detectLanguage } from './language.ts';
import { listCards, titledSentenceListCards } from './lists.ts';
import { isProseSection, splitSections, type Section } from './sections.ts';
import { restrictionCards } from './restrictions.ts';
import { shortenToSentences, splitAnswer, splitSentences } from './sentences.ts';
import { statementCards } from './statements.ts';
import { isFunctionWord } from './term-words.ts';
import { languageSample, parseDocument, type ParsedDocument } from './structure.ts';
import {
  BLANK,
  foldForCompare,
  foldedWords,
  overlapOfWords,
  withMemosFor,
  wordCount,
  wordStems,
} from './text.ts';

/** Bumped when a generator change alters the decks it writes. */
export const GENERATOR_VERSION = '2.16.0';

const DESCRIPTION_MAX = 300;
const TITLE_MAX = 80;

/**
 * Rejects input that is no text document: empty (or only whitespace), or binary — NUL bytes, or
 * more than 5 % control and replacement characters (what a PDF or image decoded as UTF-8 shows).
 *
 * @example
 * checkInput('', 'a.md') // throws DeckGenerationError (code 'empty')
 */
export function checkInput(text: string, fileName: string): void {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new DeckGenerationError(fileName, 'empty');
  // eslint-disable-next-line no-control-regex -- counting control characters is the point.
  const junk = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (text.includes('\u0000') || junk / text.length > 0.05) {
    throw new DeckGenerationError(fileName, 'binary');
  }
}

/**
 * The deck title: the front-matter title, else the first heading, else the first line. A title
 * from a "Key difference:" lead names the compared terms ("BPO vs. KPO"), not the whole
 * sentence; any other sentence-long title keeps its first sentence, cut to a title's length.
 */
function deckTitle(doc: ParsedDocument, fallback: string): string {
  const headings = doc.blocks.filter((block) => block.kind === 'heading');
  const title =
    doc.frontMatter.title ||
    headings.find((block) => block.level === 1)?.text ||
    headings[0]?.text ||
    doc.blocks.find((block) => block.text !== '')?.text ||
    fallback;
  const lead = keyDifferenceRest(title);
  if (lead !== undefined) {
    const terms = parseKeyDifference(lead).map((definition) => definition.term);
    if (terms.length > 0) return terms.join(' vs. ');
  }
  const first = splitSentences(lead ?? title)[0] ?? title;
  return shortenToSentences(first, TITLE_MAX);
}

function deckDescription(
  doc: ParsedDocument,
  sections: readonly Section[],
  definitions: readonly CardDraft[],
): string {
  const firstParagraph = sections
    .filter(isProseSection)
    .flatMap((section) => section.blocks)
    .find((block) => block.kind === 'paragraph' && !block.text.endsWith(':'))?.text;
  const whatIs = definitions.find((card) => card.anchor.startsWith('what-is:'))?.back;
  const description = doc.frontMatter.description || whatIs || firstParagraph || '';
  return shortenToSentences(description, DESCRIPTION_MAX);
}

/** A back the learner can grade: at most ~40 words, the rest of the answer under it. */
function withShortBack(draft: CardDraft): CardDraft {
  const { back, context } = splitAnswer(draft.back, draft.front);
  if (context === '' && back === draft.back) return draft;
  return {
    ...draft,
    back,
    context: [context, draft.context].filter((text) => text !== '').join('\n\n'),
  };
}

/**
 * What a card asks: a what-is card asks its section's paragraph only as far as its short back
 * goes; the sentences after it are context, which later cards may still ask.
 */
function askedPart(draft: CardDraft): CardDraft {
  if (!draft.anchor.startsWith('what-is:')) return draft;
  return { ...draft, back: splitAnswer(draft.back, draft.front).back };
}

/** Share of words two cards must share, each way, to ask the same thing in other words. */
const SAME_CARD_OVERLAP = 0.9;

/**
 * One card per question: a later card whose front asks what an earlier one asks (the same
 * bullet twice, a table row repeated in the prose), or that says nearly the same words as an
 * earlier one (a highlight hiding the term a body definition defines from the same sentence),
 * goes. List cards are exempt: each of them blanks another item of the same list.
 */
function withoutDuplicates(drafts: readonly CardDraft[]): CardDraft[] {
  const asked = new Set<string>();
  const kept: { words: string[]; set: ReadonlySet<string> }[] = [];
  // Which kept cards hold each word: a card is compared only with the kept cards that hold one
  // of its rarest words (see sharingCandidates), not with every kept card.
  const holding = new Map<string, number[]>();
  return drafts.filter((draft) => {
    if (draft.kind === 'list') return true;
    const key = foldForCompare(draft.front);
    if (asked.has(key)) return false;
    const words = foldedWords(`${draft.front} ${draft.back}`);
    const set = new Set(words);
    const same = sharingCandidates(words, holding).some((index) => {
      const other = kept[index];
      return (
        other !== undefined &&
        overlapOfWords(words, other.set) >= SAME_CARD_OVERLAP &&
        overlapOfWords(other.words, set) >= SAME_CARD_OVERLAP
      );
    });
    if (same) return false;
    asked.add(key);
    for (const word of set) {
      const cards = holding.get(word);
      if (cards === undefined) holding.set(word, [kept.length]);
      else cards.push(kept.length);
    }
    kept.push({ words, set });
    return true;
  });
}

/**
 * The kept cards (indexes into `holding`'s lists) that may share SAME_CARD_OVERLAP of `words`:
 * only so many of the words may be missing from such a card, so it holds at least one of any
 * distinct words that occur more often than that together. Those are taken rarest first (the
 * fewest kept cards hold them), and only the cards holding one of them are candidates.
 */
function sharingCandidates(
  words: readonly string[],
  holding: ReadonlyMap<string, readonly number[]>,
): number[] {
  if (words.length === 0) return [];
  // The most words that may be missing, by the very division overlapOfWords makes.
  let missing = 0;
  while ((words.length - missing - 1) / words.length >= SAME_CARD_OVERLAP) missing += 1;
  // Words no kept card holds come first; most cards have more of them than may be missing.
  let unheld = 0;
  const times = new Map<string, number>();
  for (const word of words) {
    if (holding.has(word)) times.set(word, (times.get(word) ?? 0) + 1);
    else unheld += 1;
  }
  if (unheld > missing) return [];
  const rarestFirst = [...times].map(([word, count]) => ({
    count,
    cards: holding.get(word) ?? [],
  }));
  rarestFirst.sort((a, b) => a.cards.length - b.cards.length);
  const candidates = new Set<number>();
  let covered = unheld;
  for (const { count, cards } of rarestFirst) {
    for (const index of cards) candidates.add(index);
    covered += count;
    if (covered > missing) break;
  }
  return [...candidates];
}

/** Clozes this few lines apart that hide the same answer may ask the same fact… */
const SAME_FACT_LINES = 5;
/** …when this share of the shorter one's word stems is in the other too. */
const SAME_FACT_STEMS = 0.5;

/** A cloze's stems of words of four letters or more ("limitinizin" → "limit"). */
function stems(front: string): Set<string> {
  return new Set(wordStems(front.split(BLANK).join(' ')).filter((stem) => stem.length >= 4));
}

function sayTheSame(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  return overlapOfWords([...small], large) >= SAME_FACT_STEMS;
}

function isCloze(draft: CardDraft): boolean {
  return draft.kind === 'highlight' && draft.front.includes(BLANK);
}

/**
 * One cloze per fact: of clozes a few lines apart hiding the same answer in much the same words
 * ("Limitin %30'undan fazlasını kullanmak …", "… limitinizin en fazla %30'unu kullanın"), the
 * shortest stays.
 */
function oneClozePerFact(drafts: readonly CardDraft[]): CardDraft[] {
  // Shortest first, each kept unless a kept one already asks its fact.
  const clozes = drafts
    .filter(isCloze)
    .map((draft) => ({ draft, answer: foldForCompare(draft.back), words: wordCount(draft.front) }))
    .sort((a, b) => a.words - b.words || a.draft.lines[0] - b.draft.lines[0]);
  // The kept clozes by answer and line: only a cloze with the same answer a few lines away can
  // ask the same fact, so each is compared with a handful, not with every kept one; the words'
  // stems are worked out only for those compared.
  const kept = new Map<string, CardDraft[]>();
  const keyOf = (answer: string, line: number) => `${String(line)} ${answer}`;
  const stemsOf = new Map<CardDraft, ReadonlySet<string>>();
  const stemmed = (draft: CardDraft) => {
    const known = stemsOf.get(draft);
    if (known !== undefined) return known;
    const worked = stems(draft.front);
    stemsOf.set(draft, worked);
    return worked;
  };
  const keep = new Set<CardDraft>();
  for (const { draft, answer } of clozes) {
    const line = draft.lines[0];
    let asked = false;
    for (let near = line - SAME_FACT_LINES; near <= line + SAME_FACT_LINES && !asked; near += 1) {
      asked = (kept.get(keyOf(answer, near)) ?? []).some((other) =>
        sayTheSame(stemmed(other), stemmed(draft)),
      );
    }
    if (asked) continue;
    const bucket = kept.get(keyOf(answer, line));
    if (bucket === undefined) kept.set(keyOf(answer, line), [draft]);
    else bucket.push(draft);
    keep.add(draft);
  }
  return drafts.filter((draft) => !isCloze(draft) || keep.has(draft));
}

/** Earlier clozes with the same answer a cloze is compared with: a bound that keeps it linear. */
const SAME_FACT_LOOKBACK = 8;
/** Share of the shorter cloze's content stems the other one (with its heading) must hold. */
const SAME_FACT_ACROSS = 2 / 3;

/** The stems of the content words of four letters or more: no "skal", "with", "ve". */
function contentStems(text: string, lang: string): Set<string> {
  const words = foldedWords(text.split(BLANK).join(' '));
  return new Set(
    wordStems(words.filter((word) => word.length >= 4 && !isFunctionWord(word, lang)).join(' ')),
  );
}

/**
 * Where each section starts and its heading, which says what a prose section's sentences are
 * about; empty for highlights and FAQ, whose heading names no fact.
 */
function proseHeadings(sections: readonly Section[]): { from: number; text: string }[] {
  return sections.flatMap((section) =>
    section.heading === undefined
      ? []
      : [{ from: section.heading.from, text: isProseSection(section) ? section.heading.text : '' }],
  );
}

/**
 * One cloze per fact across the document: of two clozes hiding the same answer in nearly the
 * same words, wherever they stand — a highlight repeating a sentence of the body ("By the rule
 * of 72, money at _____ doubles in about 12 years." and "At _____ a year, money doubles in about
 * 12 years.") — the one with more words stays, the earlier on a tie. A section heading counts
 * as words of the sentences under it: the highlight "Lehota splatnosti medzi podnikateľmi
 * najviac _____." repeats a sentence under the heading "Lehota splatnosti medzi podnikateľmi".
 * Each cloze is compared with the last few kept ones of its answer only.
 */
function oneClozePerFactInDocument(
  drafts: readonly CardDraft[],
  sections: readonly Section[],
  lang: string,
): CardDraft[] {
  interface Kept {
    draft: CardDraft;
    /** The text of the heading over the cloze. */
    heading: string;
    /** Its stems, worked out when it is first compared: most answers are hidden only once. */
    stems?: { own: Set<string>; withHeading: Set<string> };
  }
  const stemsOf = (entry: Kept) => {
    if (entry.stems === undefined) {
      const own = contentStems(entry.draft.front, lang);
      entry.stems = { own, withHeading: new Set([...own, ...contentStems(entry.heading, lang)]) };
    }
    return entry.stems;
  };
  const headings = proseHeadings(sections);
  const clozes = drafts.filter(isCloze).sort((a, b) => a.lines[0] - b.lines[0]);
  const kept = new Map<string, Kept[]>();
  const dropped = new Set<CardDraft>();
  let heading = -1;
  for (const draft of clozes) {
    while ((headings[heading + 1]?.from ?? Infinity) <= draft.lines[0]) heading += 1;
    const entry: Kept = { draft, heading: headings[heading]?.text ?? '' };
    const answer = foldForCompare(draft.back);
    const earlier = kept.get(answer) ?? [];
    const from = Math.max(0, earlier.length - SAME_FACT_LOOKBACK);
    const same = earlier.findIndex((other, index) => {
      if (index < from) return false;
      const mine = stemsOf(entry);
      const theirs = stemsOf(other);
      const [small, large] =
        mine.own.size <= theirs.own.size
          ? [mine.own, theirs.withHeading]
          : [theirs.own, mine.withHeading];
      return overlapOfWords([...small], large) >= SAME_FACT_ACROSS;
    });
    const other = earlier[same];
    if (other === undefined) {
      earlier.push(entry);
      kept.set(answer, earlier);
    } else if (wordCount(draft.front) > wordCount(other.draft.front)) {
      dropped.add(other.draft);
      earlier[same] = entry;
    } else {
      dropped.add(draft);
    }
  }
  return drafts.filter((draft) => !dropped.has(draft));
}

/**
 * Builds the deck from a document whose hash is already known; synchronous and pure.
 *
 * @example
 * buildDeck(markdown, 'bpo.da.md', sha256).cards[0]
 * // { id: 'bpo-da:definition:…', kind: 'definition', front: 'Hvad er Business Process Outsourcing (BPO)?', … }
 */
export function buildDeck(text: string, fileName: string, sha256: string): Deck {
  checkInput(text, fileName);
  return deckOfCheckedText(text, fileName, sha256);
}

/**
 * {@link buildDeck} on a text {@link checkInput} has already accepted; the memos of text.ts are
 * passed by for a long document, whose texts they cannot hold.
 */
function deckOfCheckedText(text: string, fileName: string, sha256: string): Deck {
  return withMemosFor(text.length, () => deckOfText(text, fileName, sha256));
}

function deckOfText(text: string, fileName: string, sha256: string): Deck {
  const id = deckIdFromFileName(fileName);
  const doc = parseDocument(text);
  const language = detectLanguage(languageSample(doc));
  const terms = collectDocumentTerms(text, doc, language);
  const sections = splitSections(doc.blocks);
  const title = deckTitle(doc, id);
  const comparison = comparisonCards(sections, title);
  const definitions = definitionCards(sections, doc.frontMatter, title, comparison.consumed, terms);
  const highlights = highlightCards(sections, terms, title);
  // What a question that does not name its subject asks about, and the words that name one.
  const subject = documentSubject(title, definitions, language);
  const names = [
    titleTerm(title),
    ...definitions.map((card) => card.front).filter((front) => !front.endsWith('?')),
  ];
  const withItsSubject = (cards: readonly CardDraft[]) =>
    withSubject(cards, subject, names, language);
  const asked = [
    ...definitions,
    ...highlights,
    ...factCards(sections, terms, highlights),
    ...formulaCards(sections),
    ...withItsSubject(faqCards(sections)),
    ...listCards(sections),
    ...comparison.cards,
  ];
  const defined = withDefinedTerms(
    terms,
    definitions.map((card) => card.front),
  );
  const taken = asked.map(askedPart);
  const statements = statementCards(sections, defined, title, taken);
  const restrictions = restrictionCards(sections, defined, title, [...taken, ...statements]);
  const drafts = [
    ...asked,
    ...statements,
    ...inlineListCards(sections, language, [...taken, ...statements]),
    ...restrictions,
    // A sentence of a list that a cloze asks is left to the cloze.
    ...titledSentenceListCards(sections, [...asked, ...statements, ...restrictions]),
    ...withItsSubject(questionHeadingCards(sections, definitions)),
  ];
  if (drafts.length === 0) throw new DeckGenerationError(fileName, 'no-cards');
  const cards = withoutDuplicates(
    oneClozePerFactInDocument(oneClozePerFact(drafts), sections, language)
      .map(withShortBack)
      .filter((card) => card.back !== ''),
  );
  // Document order, so studying follows the article; sort is stable for cards on one line.
  cards.sort((a, b) => a.lines[0] - b.lines[0]);
  return {
    id,
    title,
    language,
    description: deckDescription(doc, sections, definitions),
    source: { file: fileName.split(/[\\/]/).pop() ?? fileName, sha256 },
    generator: { version: GENERATOR_VERSION },
    cards: assignCardIds(id, cards),
  };
}

/**
 * Hex SHA-256 of the UTF-8 bytes of `text`. By `@noble/hashes` rather than Web Crypto:
 * `crypto.subtle` exists only in secure contexts, so the app opened from a phone over plain
 * `http://192.168.…` had none and could not add a document.
 *
 * @example
 * sha256Hex('') // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Generates the deck for one document. Rejects with {@link DeckGenerationError} — and only that —
 * when the document is empty, binary or has nothing to learn.
 *
 * @example
 * const deck = await generateDeck(await readFile('bpo.tr.md', 'utf8'), 'bpo.tr.md');
 * deck.language // 'tr'
 */
export function generateDeck(text: string, fileName: string): Promise<Deck> {
  return Promise.resolve().then(() => {
    // Checked before hashing, so a binary file is turned away without hashing it, and only once.
    checkInput(text, fileName);
    return deckOfCheckedText(text, fileName, sha256Hex(text));
  });
}
