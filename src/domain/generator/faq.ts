/**
 * FAQ cards: each question under a FAQ heading ("SSS", "Ofte stillede spørgsmål", "FAQ", …) with
 * its answer, and each question heading of the article ("## Kan man undgå topskat?") with the
 * paragraph under it.
 */
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import { isCellLine, type Block } from './structure.ts';
import { isCalculation } from './formula-lines.ts';
import { ACRONYM_ONLY } from './key-terms.ts';
import { isFaqHeading, isWhatIsQuestion, whatIsTerm } from './heading-words.ts';
import { isSubjectPronoun } from './naming-words.ts';
import { isListLead, MAX_BACK_WORDS, splitSentences, withoutListLead } from './sentences.ts';
import { capitalizeFirst, foldForCompare, foldedWords, wordCount, wordStems } from './text.ts';

/**
 * Renders answer blocks as card text: paragraphs separated by a blank line, bullet items as
 * "• item" lines. Tables are left out: they become comparison cards of their own.
 *
 * @example
 * answerText([paragraph('Yes.'), bullet('one'), bullet('two')]) // 'Yes.\n\n• one\n• two'
 */
export function answerText(blocks: readonly Block[]): string {
  let out = '';
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === 'table' || block.kind === 'heading') continue;
    const text = block.kind === 'bullet' ? `• ${block.text}` : block.text;
    if (previous !== undefined) {
      out += previous.kind === 'bullet' && block.kind === 'bullet' ? '\n' : '\n\n';
    }
    out += text;
    previous = block;
  }
  return out;
}

/**
 * The blocks that answer a question. An answer written right under its question, with no blank
 * line between, ends at the first blank line: what follows it (an ad, share buttons, "Related
 * terms: …") is the page's, not the answer's.
 */
function answerBlocks(question: Block, blocks: readonly Block[]): readonly Block[] {
  if (blocks[0]?.from !== question.to + 1) return blocks;
  const end = blocks.findIndex(
    (block, index) => index > 0 && block.from > (blocks[index - 1]?.to ?? 0) + 1,
  );
  return end < 0 ? blocks : blocks.slice(0, end);
}

/**
 * One card per FAQ question: front the question, back the answer.
 *
 * @example
 * faqCards(splitSections(parseDocument('## FAQ\n\n### Why?\n\nBecause.\n').blocks))
 * // [{ kind: 'faq', front: 'Why?', back: 'Because.', lines: [3, 5], … }]
 */
export function faqCards(sections: readonly Section[]): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections) {
    const heading = section.heading;
    if (section.role !== 'faq-question' || heading === undefined) continue;
    const answer = answerBlocks(heading, section.blocks);
    const card = faqCard(heading, answer);
    if (card.back !== '' && !opensWithCells(answer)) cards.push(card);
  }
  return cards;
}

/**
 * Blocks that open with table cells: two short lines, each a paragraph of its own ("Fuldtid /
 * 531 kr. / Deltid / …"), or a paragraph of rows run together, its cells set apart by "|"
 * ("Heltidsdækning | Fritidsdækning" over "Dækker døgnet rundt | …") or of several lines without
 * a mark of punctuation ("Heltid Fritid" over "Døgnet rundt Kun i fritiden"). A table flattened
 * under the question, whose cells run together, is no answer; its table cards ask it row by row.
 * A formula and its worked example ("Damga vergisi = Sözleşme bedeli × binde 9") are no cells.
 */
function opensWithCells(blocks: readonly Block[]): boolean {
  const [first] = blocks;
  if (first?.kind !== 'paragraph') return false;
  if (holdsCellRows(first)) return true;
  const cells = blocks.slice(0, 2);
  return (
    cells.length === 2 &&
    cells.every(
      (block) =>
        block.kind === 'paragraph' &&
        block.lineCount === 1 &&
        isCellLine(block.text) &&
        !isCalculation(block.text),
    )
  );
}

/** A paragraph of rows run together: cells set apart by "|", or lines without punctuation. */
function holdsCellRows(paragraph: Block): boolean {
  return (
    /\s\|\s/u.test(paragraph.text) ||
    (paragraph.lineCount >= 2 &&
      !/[.,;:!?]/u.test(paragraph.text) &&
      !isCalculation(paragraph.text))
  );
}

/** The card of a question and the blocks that answer it: front the question, back the answer. */
function faqCard(question: Block, answer: readonly Block[]): CardDraft {
  return {
    kind: 'faq',
    anchor: question.text,
    front: question.text,
    back: answerText(answer),
    context: '',
    lines: [question.from, answer.at(-1)?.to ?? question.to],
  };
}

/** A sentence that asks: a teaser before an answer, or a question of its own inside one. */
function isQuestion(sentence: string): boolean {
  return sentence.endsWith('?');
}

/** The bullets right after the first of `blocks`: the list its paragraph leads to, if any. */
function listAfter(blocks: readonly Block[]): readonly Block[] {
  const end = blocks.findIndex((block, index) => index > 0 && block.kind !== 'bullet');
  return blocks.slice(1, end < 0 ? blocks.length : end);
}

/**
 * The blocks that answer a question with a paragraph and the list under it: a lead that stops
 * where its list goes on ("Anspruch hat, wer" over "• in Deutschland wohnt, …") and the items,
 * when they are short; otherwise the paragraph without its lead-in, the list being the list
 * cards' ("Alle skal betale moms. Det gælder fx:"). None when the lead is all there is.
 */
function answerWithList(paragraph: Block, items: readonly Block[]): readonly Block[] {
  if (items.length === 0) return [paragraph];
  const lead = splitSentences(paragraph.text).at(-1) ?? '';
  const whole = [paragraph, ...items];
  if (!lead.endsWith(':') && isListLead(lead) && wordCount(answerText(whole)) <= MAX_BACK_WORDS) {
    return whole;
  }
  const text = withoutListLead(paragraph.text);
  return text === '' ? [] : [{ ...paragraph, text }];
}

/** A question line in plain text: shorter than this, a heading; longer, a sentence of prose. */
const MAX_QUESTION_LENGTH = 120;
/** A paragraph this long is article prose: what stands above the first one is the page's head. */
const MIN_PROSE_WORDS = 8;

function isQuestionLine(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.lineCount === 1 &&
    block.text.length <= MAX_QUESTION_LENGTH &&
    block.text.endsWith('?')
  );
}

/**
 * One card per question heading of the article's prose ("## Kan man undgå topskat?", "## Which
 * one does GAAP require?") and per question on a line of its own in plain text ("Hvorfor er
 * likviditet vigtigt?"): front the question, back the paragraph right under it, which answers
 * it. What-is headings give definitions instead. None for the article's title (a level-1
 * heading, or a question line above the first sentence of prose: a title, a breadcrumb); for an
 * answer that opens with a question of its own (a teaser), with a first sentence too long for
 * one back (cells run together) or with a sentence a definition card already asks ("## Kto je
 * emitent?" over "Emitent je dlžník, …"); or for a section that opens with a list, a table, a
 * table flattened one cell a line, or a lead ending in ":" (its list and table cards ask it).
 * A paragraph over a list answers without its lead-in ("Du skal have et lønnet arbejde." of
 * "… Det gælder også:"), or with the lead and the items when the lead stops where its short
 * list goes on ("Anspruch hat, wer" and "• in Deutschland wohnt, …"), never with the lead alone.
 *
 * @example
 * questionHeadingCards(splitSections(parseDocument('## Kan man undgå topskat?\n\nJa, ved at indbetale til pension.\n').blocks), [])
 * // [{ kind: 'faq', front: 'Kan man undgå topskat?', back: 'Ja, ved at indbetale til pension.', … }]
 */
export function questionHeadingCards(
  sections: readonly Section[],
  definitions: readonly CardDraft[],
): CardDraft[] {
  // A sentence a definition card asks: one that defines the term it opens with ("Emitent je
  // dlžník, …"), or any definition of a term the question names ("Was versteht man unter
  // Insourcing?" over "Unter Insourcing versteht man …"), but not an acronym's expansion the
  // sentence holds ("Which one does GAAP require?" over "Only accrual basis … (GAAP).").
  const defined = definitions.map((definition) => ({
    context: foldForCompare(definition.context),
    front: foldForCompare(definition.front),
    acronym: ACRONYM_ONLY.test(definition.front),
  }));
  const asksDefinition = (question: string, first: string) =>
    defined.some(({ context, front, acronym }) => {
      if (context !== foldForCompare(first)) return false;
      return context.startsWith(front) || (!acronym && foldForCompare(question).includes(front));
    });
  const card = (question: Block, after: readonly Block[]): CardDraft[] => {
    const [answer] = after;
    if (answer?.kind !== 'paragraph' || opensWithCells(after)) return [];
    const blocks = answerWithList(answer, listAfter(after));
    const [paragraph] = blocks;
    if (paragraph === undefined || paragraph.text.endsWith(':')) return [];
    const sentences = splitSentences(paragraph.text);
    const first = sentences[0] ?? '';
    if (isQuestion(first) || wordCount(first) > MAX_BACK_WORDS) return [];
    if (asksDefinition(question.text, first)) return [];
    // A question inside the answer with its own answer after it ("… sayılmaz. İzin bölünebilir
    // mi? Taraflar anlaşırsa evet: …") is a question and answer of its own: the back ends
    // before it, and it is asked apart.
    const inner = sentences.findIndex((sentence, index) => index > 0 && isQuestion(sentence));
    const rest = sentences.slice(inner + 1);
    if (blocks.length > 1 || inner < 0 || rest.length === 0 || rest.some(isQuestion)) {
      return [faqCard(question, blocks)];
    }
    const asked = sentences[inner] ?? '';
    const at = paragraph.text.indexOf(asked);
    return [
      faqCard(question, [{ ...paragraph, text: paragraph.text.slice(0, at).trim() }]),
      faqCard({ ...paragraph, text: asked }, [
        { ...paragraph, text: paragraph.text.slice(at + asked.length).trim() },
      ]),
    ];
  };
  const cards: CardDraft[] = [];
  // A question line before the article's first sentence of prose is its title or breadcrumb.
  let inArticle = false;
  for (const section of sections.filter(isProseSection)) {
    const { heading, blocks } = section;
    if (section.role === 'other' && heading?.text.endsWith('?') === true && heading.level >= 2) {
      cards.push(...card(heading, blocks));
    }
    blocks.forEach((block, index) => {
      // A question on a line of its own in plain text ("Hvorfor er likviditet vigtigt?") heads
      // the paragraph after it as a heading would.
      if (inArticle && isQuestionLine(block)) cards.push(...card(block, blocks.slice(index + 1)));
      inArticle ||= block.kind === 'paragraph' && wordCount(block.text) >= MIN_PROSE_WORDS;
    });
  }
  return cards;
}

/** Where a title's term ends and the rest begins: "Efterløn – sådan fungerer ordningen". */
const TITLE_BREAK = /\s[–—|-]\s|[:,(]/u;
/** The steps of a breadcrumb used as a title ("Ressourcen > Lexikon > Insourcing"). */
const BREADCRUMB_STEP = /\s[>›»/]\s/u;
/**
 * The year a title is dated by ("Materské 2025", "Topskat 2024/25", "2025 Elterngeld"): the
 * edition of the page, not part of the term it is about.
 */
const TITLE_YEAR = /(?:^|\s)(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?(?=\s|$)/gu;
/** A subject longer than this is a phrase or a sentence, not a term to put before a question. */
const MAX_SUBJECT_WORDS = 4;
/** A question this short asks about nothing unless it names its subject ("Nasıl hesaplanır?"). */
const MAX_SUBJECTLESS_WORDS = 4;
/** Words shorter than this ("er", "je", "ve") name no subject. */
const MIN_SUBJECT_WORD = 3;
/**
 * Letters of a subject's word a question's word must open with to name it, for an inflection that
 * changes the stem's end ("senede" of "senet"); only for subject words longer than this.
 */
const SUBJECT_HEAD = 4;

/**
 * The term a "what is …?" question asks about, a text that is no question itself, else '' (and
 * for a FAQ heading standing as the title: "FAQ" is no subject).
 */
function termOf(text: string): string {
  if (isFaqHeading(text)) return '';
  return whatIsTerm(text) ?? (text.endsWith('?') ? '' : text);
}

/**
 * What a title names before the rest of it: "Insourcing" of "Ressourcen > Lexikon > Insourcing",
 * "Kıdem Tazminatı" of "Kıdem Tazminatı Nedir, Nasıl Hesaplanır?"; '' for a question title.
 *
 * "Materské" of "Materské 2025 – kto má nárok": the year dates the page, not the term.
 *
 * @example
 * titleTerm('Efterløn – sådan fungerer ordningen') // 'Efterløn'
 */
export function titleTerm(title: string): string {
  const term = title.split(BREADCRUMB_STEP).at(-1)?.split(TITLE_BREAK)[0] ?? '';
  return termOf(term.replace(TITLE_YEAR, ' ').trim());
}

/**
 * The term a document is about, to put before a question that does not name it: its title's term
 * ("Efterløn" of "Efterløn – sådan fungerer ordningen", "Kıdem Tazminatı" of "Kıdem Tazminatı
 * Nedir, Nasıl Hesaplanır?"), else the term of its first "what is …?" section ("Hvad er en
 * indboforsikring?"); '' when neither is a term.
 *
 * @example
 * documentSubject('Rodičovský príspevok – výška, nárok', [], 'sk') // 'Rodičovský príspevok'
 */
export function documentSubject(
  title: string,
  definitions: readonly CardDraft[],
  lang: string,
): string {
  const whatIs = definitions.filter((card) => card.anchor.startsWith('what-is:'));
  for (const term of [titleTerm(title), ...whatIs.map((card) => termOf(card.front))]) {
    const words = wordCount(term);
    if (words > 0 && words <= MAX_SUBJECT_WORDS) return capitalizeFirst(term, lang);
  }
  return '';
}

/**
 * Question cards whose front does not name what it asks about ("Nasıl hesaplanır?", "Hvem er
 * dækket?", "Wie hoch ist sie?") get the document's subject before the question, as table cards
 * put their row before the column ("Kıdem Tazminatı — Nasıl hesaplanır?"): without it the front
 * cannot be answered away from the page. A question names its subject when it asks what a term
 * is, or holds an acronym or a word of the subject, of the title or of a term the document
 * defines (`names`); a longer one without such a word asks about nothing only when a pronoun
 * stands for it. The anchor stays the question, and with it the id.
 *
 * @example
 * withSubject([{ front: 'Hvad koster det?', … }], 'Efterløn', ['Efterlønsbidrag'], 'da')
 * // [{ front: 'Efterløn — Hvad koster det?', … }]
 */
export function withSubject(
  cards: readonly CardDraft[],
  subject: string,
  names: readonly string[],
  lang: string,
): CardDraft[] {
  if (subject === '') return [...cards];
  const named = new Set(wordStems([subject, ...names].join(' ')));
  const heads = foldedWords(subject)
    .filter((word) => word.length > SUBJECT_HEAD)
    .map((word) => word.slice(0, SUBJECT_HEAD));
  return cards.map((card) => {
    const words = card.front.match(/[\p{L}\p{N}]+/gu) ?? [];
    const namesSubject =
      isWhatIsQuestion(card.front) ||
      words.some(
        (word) =>
          ACRONYM_ONLY.test(word) ||
          (word.length >= MIN_SUBJECT_WORD && named.has(wordStems(word)[0] ?? '')) ||
          heads.some((head) => foldForCompare(word).startsWith(head)),
      );
    const asksNothing =
      words.length <= MAX_SUBJECTLESS_WORDS || words.some((word) => isSubjectPronoun(word, lang));
    return namesSubject || !asksNothing ? card : { ...card, front: `${subject} — ${card.front}` };
  });
}
