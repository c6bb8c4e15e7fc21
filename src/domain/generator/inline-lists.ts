/**
 * Lists written inside one sentence: a lead that ends in a colon and three or more short items
 * joined by commas and the language's "and"/"or" ("Supplerende frivillige beretninger kan være:
 * socialt ansvar, videnregnskab, etisk regnskab og miljøregnskab."). Each item is asked like an
 * item of a bulleted list: the sentence with that item blanked, so the learner recalls it from
 * the lead and the other items.
 */
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { countWord, endsLikeVerb, isFunctionWord, isGenericWord, isListEnd } from './term-words.ts';
import { BLANK, foldForCompare, wordCount } from './text.ts';

/** Items a list needs unless its lead says how many it has. */
const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 4;
/** Words a lead needs to say what the items are. */
const MIN_LEAD_WORDS = 3;
const MAX_SENTENCE_WORDS = 40;

/**
 * The items of `tail` ("a, b og c"), the function words before the first one ("fx råvarer,
 * transport eller emballage": "fx" stays in the front) and the word before the last one ("og";
 * empty after a comma), or undefined when it is no list of short names.
 */
function splitItems(
  tail: string,
  lang: string,
): { opener: string; items: string[]; joiner: string } | undefined {
  const pieces = tail.split(/,\s+/u);
  const last = pieces.pop() ?? '';
  const words = last.split(' ');
  const end = words.findIndex((word, index) => index > 0 && isListEnd(foldForCompare(word), lang));
  if (end > 0) pieces.push(words.slice(0, end).join(' '), words.slice(end + 1).join(' '));
  else pieces.push(last);
  const first = (pieces[0] ?? '').split(' ');
  const named = first.findIndex((word) => !isFunctionWord(foldForCompare(word), lang));
  if (named < 0) return undefined;
  pieces[0] = first.slice(named).join(' ');
  if (!pieces.every((item) => isItem(item, lang))) return undefined;
  return { opener: first.slice(0, named).join(' '), items: pieces, joiner: words[end] ?? '' };
}

/**
 * A name a list can hold: one to four words (a translation or acronym in parentheses aside),
 * three letters or more, no figure, neither end a function word nor the last a verb ("ve ondan
 * vazgeçilemez"), and not only generic words.
 */
function isItem(item: string, lang: string): boolean {
  const bare = item.replace(/\s*\([^()]*\)/gu, '').trim();
  const words = bare.split(/\s+/u).map(foldForCompare);
  if (words.length > MAX_ITEM_WORDS || bare.replace(/[^\p{L}]/gu, '').length < 3) return false;
  if (/\d/u.test(item) || /[:;()]/u.test(bare)) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (isFunctionWord(first, lang) || isFunctionWord(last, lang)) return false;
  if (endsLikeVerb(last, lang)) return false;
  return !words.every((word) => isGenericWord(word, lang));
}

/**
 * How many items the lead says the list has ("Der er 4 regnskabsklasser:", "İznin iki temel
 * unsuru vardır:"), or undefined when it says no number from two to ten.
 */
function announcedCount(lead: string, lang: string): number | undefined {
  for (const word of lead.split(/[^\p{L}\p{N}]+/u)) {
    const count = /^\d{1,2}$/u.test(word) ? Number(word) : countWord(foldForCompare(word), lang);
    if (count !== undefined && count >= 2 && count <= 10) return count;
  }
  return undefined;
}

/**
 * The list a sentence holds after its colon, as the sentence's lead, items and the word joining
 * the last item (see {@link splitItems}); undefined when it holds none. The items must end the sentence: three or more, or as many as the lead says.
 *
 * @example
 * inlineList('Poliçede üçlü bir ilişki vardır: düzenleyen (keşideci), lehtar ve muhatap.', 'tr')
 * // { lead: 'Poliçede üçlü bir ilişki vardır:', items: ['düzenleyen (keşideci)', 'lehtar', 'muhatap'], joiner: 've' }
 */
export function inlineList(
  sentence: string,
  lang: string,
): { lead: string; items: string[]; joiner: string } | undefined {
  const colon = sentence.indexOf(': ');
  if (colon < 0 || sentence.indexOf(': ', colon + 1) >= 0 || !/[.!]$/u.test(sentence)) {
    return undefined;
  }
  // "Franchisor (franchise veren): İş sistemini, …" is a label over a sentence, not a lead.
  const lead = sentence.slice(0, colon + 1);
  const leadWords = wordCount(lead.replace(/\([^()]*\)/gu, ''));
  if (leadWords < MIN_LEAD_WORDS || wordCount(sentence) > MAX_SENTENCE_WORDS) return undefined;
  const list = splitItems(sentence.slice(colon + 2, -1).trim(), lang);
  // A lead that counts its items ("deles topskatten op i tre:") must count these, and then two
  // are a list ("iki temel unsuru vardır: izin ve ücret"); a count that differs says the
  // commas split something else.
  const count = announcedCount(lead, lang);
  const items = list?.items.length ?? 0;
  if (list === undefined || (count === undefined ? items < MIN_ITEMS : items !== count)) {
    return undefined;
  }
  const { opener, joiner } = list;
  return { lead: opener === '' ? lead : `${lead} ${opener}`, items: list.items, joiner };
}

/** `lead` and `items` written back as the sentence, with item `hidden` blanked. */
function inlineFront(
  lead: string,
  items: readonly string[],
  hidden: number,
  joiner: string,
  end: string,
): string {
  const shown = items.map((item, index) => (index === hidden ? BLANK : item));
  const last = shown.pop() ?? '';
  const head = shown.join(', ');
  return `${lead} ${joiner === '' ? `${head}, ${last}` : `${head} ${joiner} ${last}`}${end}`;
}

/**
 * One list card per item of each list written inside a sentence of the article prose (a
 * paragraph or a bullet). An item its own front spells out (the lead or another item holds it)
 * or that an earlier card (`asked`) already has as its answer gets none.
 *
 * @example
 * inlineListCards(splitSections(parseDocument('Poliçede üçlü bir ilişki vardır: keşideci, lehtar ve muhatap.').blocks), 'tr')
 * // 3 cards; the first: front 'Poliçede üçlü bir ilişki vardır: _____, lehtar ve muhatap.', back 'keşideci'
 */
export function inlineListCards(
  sections: readonly Section[],
  lang: string,
  asked: readonly CardDraft[] = [],
): CardDraft[] {
  const answers = new Set(asked.map((card) => foldForCompare(card.back)));
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'bullet') continue;
      if (!block.text.includes(': ')) continue;
      for (const sentence of splitSentences(block.text)) {
        const list = inlineList(sentence, lang);
        if (list === undefined) continue;
        list.items.forEach((item, hidden) => {
          const front = inlineFront(list.lead, list.items, hidden, list.joiner, sentence.slice(-1));
          const folded = foldForCompare(item);
          if (answers.has(folded) || foldForCompare(front).includes(folded)) return;
          cards.push({
            kind: 'list',
            anchor: `${sentence} | ${item}`,
            front,
            back: item,
            context: '',
            lines: [block.from, block.to],
          });
        });
      }
    }
  }
  return cards;
}
