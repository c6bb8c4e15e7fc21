/**
 * List cards: a lead-in followed by at least two items ("Segmenty KPO sú:", "Nogle almindelige
 * eksempler … inkluderer:", "Buying a bond at issue takes three steps."). Each item becomes a
 * card that shows the lead and the other items and asks for the missing one, so the learner
 * recalls the list item by item; "Label: explanation" items ask for the label.
 */
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import type { Block } from './structure.ts';
import { splitSentences } from './sentences.ts';
import { isByline } from './term-words.ts';
import { BLANK, FIGURE, foldForCompare, wordCount } from './text.ts';

/** The longest line a plain-text heading has (sections.ts promotes one of up to 160). */
const MAX_HEADING_LENGTH = 160;
/** Items shown around the blank; longer lists are shown as a window with "…". */
const MAX_SHOWN = 12;

interface ListItem {
  text: string;
  /** The text folded for comparing. */
  key: string;
  block: Block;
}

function listItems(bullets: readonly Block[]): ListItem[] {
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const block of bullets) {
    const text = block.text.replace(/[\s,;]+$/u, '').trim();
    const key = foldForCompare(text);
    // Empty items and leftovers of punctuation are fragments, not things to remember; a byline
    // ("Af Hans Jensen · 12. marts 2025", "Opdateret …") is the page's furniture.
    if (!/[\p{L}\p{N}]/u.test(text) || seen.has(key) || isByline(text)) continue;
    seen.add(key);
    items.push({ text, key, block });
  }
  return items;
}

/**
 * The lead and the items with item `hidden` blanked. Long lists show a window of neighbours so
 * the front stays readable; the ellipses say that items were left out.
 *
 * @example
 * listFront('Segments:', ['a', 'b', 'c'], 1) // 'Segments:\n• a\n• _____\n• c'
 */
export function listFront(lead: string, items: readonly string[], hidden: number): string {
  let from = 0;
  let to = items.length;
  if (items.length > MAX_SHOWN) {
    from = Math.min(Math.max(0, hidden - Math.floor(MAX_SHOWN / 2)), items.length - MAX_SHOWN);
    to = from + MAX_SHOWN;
  }
  const lines = items
    .slice(from, to)
    .map((item, offset) => `• ${from + offset === hidden ? BLANK : item}`);
  if (from > 0) lines.unshift('• …');
  if (to < items.length) lines.push('• …');
  return [lead, ...lines].join('\n');
}

/** A lead-in ending in "." is a lead only when short: a long sentence is prose. */
const MAX_DOT_LEAD_WORDS = 20;
const LABELLED = /^([^:]{2,60}):\s+(\S.*)$/u;
const MAX_LABEL_WORDS = 5;

/** Words of a title line (a heading, or a short line without punctuation in plain text). */
const MAX_TITLE_LEAD_WORDS = 8;

interface Lead {
  text: string;
  /**
   * A title leads only a list that says what it lists: "Label: explanation" items (listCards),
   * or short whole sentences (titledSentenceListCards).
   */
  labelsOnly: boolean;
}

/** The lead-in a block gives the list after it, if any: "Segmenty KPO sú:", "… three steps." */
function leadOf(block: Block): Lead | undefined {
  if (block.kind === 'bullet') {
    return block.text.endsWith(':') ? { text: block.text, labelsOnly: false } : undefined;
  }
  const title =
    block.kind === 'heading' ||
    (block.kind === 'paragraph' && block.lineCount === 1 && !/[.!?:;,]$/u.test(block.text));
  if (title && wordCount(block.text) <= MAX_TITLE_LEAD_WORDS) {
    return { text: block.text, labelsOnly: true };
  }
  if (block.kind !== 'paragraph') return undefined;
  const lead = splitSentences(block.text).at(-1) ?? block.text;
  if (lead.endsWith(':')) return { text: lead, labelsOnly: false };
  return lead.endsWith('.') && wordCount(lead) <= MAX_DOT_LEAD_WORDS
    ? { text: lead, labelsOnly: false }
    : undefined;
}

/**
 * The items of the list led by `blocks[index]`: the bullets right after it. Bullets indented
 * below an item that ends in ":" belong to that item (a lead inside a bullet, "- Through a
 * broker:"), and so does a list led by such a bullet; other indentation is only the scraper's.
 */
function itemsAfter(blocks: readonly Block[], index: number): Block[] {
  const lead = blocks[index];
  const first = blocks[index + 1];
  if (!lead || first?.kind !== 'bullet') return [];
  if (lead.kind === 'bullet' && first.indent <= lead.indent) return [];
  const items: Block[] = [];
  let nestedBelow: number | undefined;
  for (let next = index + 1; blocks[next]?.kind === 'bullet'; next += 1) {
    const block = blocks[next] as Block;
    if (block.indent < first.indent && lead.kind === 'bullet') break;
    if (nestedBelow !== undefined && block.indent > nestedBelow) continue;
    nestedBelow = block.text.endsWith(':') ? block.indent : undefined;
    items.push(block);
  }
  return items;
}

/** "Delkrederefunktion: Der Factor trägt das Risiko …" → label and explanation. */
function labelled(text: string): { label: string; explanation: string } | undefined {
  const match = LABELLED.exec(text);
  // "Hizmet Düzeyi Anlaşması (Service Level Agreement - SLA)": the words in parentheses are
  // the label's translation or acronym, not more label.
  const words = wordCount((match?.[1] ?? '').replace(/\([^()]*\)/gu, ''));
  if (!match || words > MAX_LABEL_WORDS) return undefined;
  return { label: (match[1] ?? '').trim(), explanation: (match[2] ?? '').trim() };
}

function itemCards(lead: string, items: readonly ListItem[]): CardDraft[] {
  const labels = items.map((item) => labelled(item.text));
  // "Label: explanation" items ask for the label from its explanation; the other items' long
  // explanations would make a front nobody reads.
  // An explanation that repeats its label ("Kauf: Der Leasingnehmer kauft …") gives it away:
  // that item gets no card. A lead that names the label ("## Belåningsgrad og belåningsrum")
  // gives it away too, and an explanation two items share ("Restaurationsudgifter: 25 % af
  // momsen", "Hotelovernatning: 25 % af momsen") would ask a question with two answers: those
  // items ask the other way round, for the explanation of the label. So does a figure ("TL
  // mevduat: %15 stopaj"): it is asked from its label, as a table's figure is from its row.
  if (labels.every((label) => label !== undefined)) {
    const explanations = labels.map((label) => foldForCompare(label.explanation));
    return items.flatMap((item, index) => {
      const { label = '', explanation = '' } = labels[index] ?? {};
      const folded = foldForCompare(label);
      if ((explanations[index] ?? '').includes(folded)) return [];
      const shared = explanations.filter((other) => other === explanations[index]).length > 1;
      const reverse = shared || foldForCompare(lead).includes(folded) || FIGURE.test(explanation);
      return [
        {
          kind: 'list' as const,
          anchor: `${lead} | ${item.text}`,
          front: reverse ? `${lead}\n• ${label}: ${BLANK}` : `${lead}\n• ${BLANK}: ${explanation}`,
          back: reverse ? explanation : label,
          context: '',
          lines: [item.block.from, item.block.to] as [number, number],
        },
      ];
    });
  }
  const texts = items.map((item) => item.text.replace(/:$/u, ''));
  // An item the lead or another item spells out ("Z nemocenského poistenia sa vyplácajú štyri
  // dávky:" over "• nemocenské") is given away by its own front: that item gets no card.
  return items.flatMap((item, hidden) => {
    const front = listFront(lead, texts, hidden);
    const back = texts[hidden] ?? item.text;
    if (foldForCompare(front).includes(foldForCompare(back))) return [];
    return [
      {
        kind: 'list' as const,
        anchor: `${lead} | ${item.text}`,
        front,
        back,
        context: '',
        lines: [item.block.from, item.block.to] as [number, number],
      },
    ];
  });
}

/** A lead and the items of its list. */
interface LedList {
  lead: Lead;
  items: ListItem[];
}

/**
 * Every lead-in + items pair in the article prose: a lead ending in ":" (or a short one ending
 * in "."), a heading or title line, bulleted, numbered or lettered items, a lead inside a
 * bullet for the items nested below it; no list that only names the document's headings (its
 * table of contents).
 */
function ledLists(sections: readonly Section[]): LedList[] {
  let lists = LED_LISTS.get(sections);
  if (lists === undefined) {
    lists = findLedLists(sections);
    LED_LISTS.set(sections, lists);
  }
  return lists;
}

/** The lists of a document's sections, found once for listCards and titledSentenceListCards. */
const LED_LISTS = new WeakMap<readonly Section[], LedList[]>();

function findLedLists(sections: readonly Section[]): LedList[] {
  const lists: LedList[] = [];
  // The document's headings and short one-line paragraphs without a full stop (the headings of
  // plain text), made when a list first needs them: a list that only names them is its table of
  // contents. Most paragraphs of a Markdown page are one line too, and are never folded here.
  let headings: ReadonlySet<string> | undefined;
  const isContents = (items: readonly ListItem[]) => {
    headings ??= new Set(
      sections.flatMap((section) =>
        [section.heading, ...section.blocks]
          .filter(
            (block) =>
              block !== undefined &&
              (block.kind === 'heading' ||
                (block.kind === 'paragraph' &&
                  block.lineCount === 1 &&
                  block.text.length <= MAX_HEADING_LENGTH &&
                  !block.text.endsWith('.'))),
          )
          .map((block) => foldForCompare(block?.text ?? '')),
      ),
    );
    const known = headings;
    return items.every((item) => known.has(item.key));
  };
  for (const section of sections.filter(isProseSection)) {
    const blocks = section.heading ? [section.heading, ...section.blocks] : section.blocks;
    blocks.forEach((block, index) => {
      // Only a block with a bullet after it can lead a list: most blocks are not split to see.
      if (blocks[index + 1]?.kind !== 'bullet') return;
      // A heading leads its "Label: explanation" items over the paragraph that opens its
      // section too, when that paragraph is no lead itself ("## Stopaj oranları", a sentence
      // on the tax, "- TL mevduat: %15 stopaj").
      const intro = index === 1 && section.heading ? leadOf(section.heading) : undefined;
      const lead = leadOf(block) ?? intro;
      if (lead === undefined) return;
      const items = listItems(itemsAfter(blocks, index));
      if (items.length >= 2 && !isContents(items)) lists.push({ lead, items });
    });
  }
  return lists;
}

/**
 * List cards for every lead-in + items pair in the article prose (see ledLists); a heading or
 * title line leads only "Label: explanation" items here. Each item becomes a card asking for it
 * with the lead and the other items.
 *
 * @example
 * listCards(splitSections(parseDocument('Segmenty KPO sú:\n\n • analytika\n • výskum\n').blocks))
 * // 2 cards; the first: front 'Segmenty KPO sú:\n• _____\n• výskum', back 'analytika'
 */
export function listCards(sections: readonly Section[]): CardDraft[] {
  return ledLists(sections)
    .filter(({ lead, items }) => !lead.labelsOnly || allLabelled(items))
    .flatMap(({ lead, items }) => itemCards(lead.text, items));
}

function allLabelled(items: readonly ListItem[]): boolean {
  return items.every((item) => labelled(item.text) !== undefined);
}

/** Words an item needs to be a whole sentence under a title (see isSentenceItem). */
const MIN_SENTENCE_ITEM_WORDS = 4;
/** A longer sentence is too much to recall as one item of a list. */
const MAX_SENTENCE_ITEM_WORDS = 16;

/**
 * An item written as one short whole sentence: a capital first, a full stop last, no question
 * in it (a review question and its answer are no member of a list).
 */
function isSentenceItem(item: ListItem): boolean {
  const words = wordCount(item.text);
  return (
    /^\p{Lu}[^?]*[.!]$/u.test(item.text) &&
    words >= MIN_SENTENCE_ITEM_WORDS &&
    words <= MAX_SENTENCE_ITEM_WORDS
  );
}

/**
 * List cards for the lists of whole sentences under a heading or title line ("Gründe für
 * Insourcing" over "- Die Abhängigkeit vom externen Dienstleister soll sinken.", "Sådan
 * forbedrer du likviditeten" over numbered steps): the title says what the sentences are, as a
 * label says what its explanation is. An item another card already asks (`taken`: a cloze on
 * that sentence, which asks its key term) gets no list card.
 *
 * @example
 * titledSentenceListCards(splitSections(parseDocument('Gründe\n\n- Die Kosten sind zu hoch.\n- Die Qualität ist zu schlecht.\n').blocks), [])
 * // 2 cards; the first: front 'Gründe\n• _____\n• Die Qualität ist zu schlecht.', back 'Die Kosten sind zu hoch.'
 */
export function titledSentenceListCards(
  sections: readonly Section[],
  taken: readonly CardDraft[],
): CardDraft[] {
  const lists = ledLists(sections).filter(
    ({ lead, items }) => lead.labelsOnly && !allLabelled(items) && items.every(isSentenceItem),
  );
  if (lists.length === 0) return [];
  const asked = new Set(taken.map((card) => foldForCompare(card.context)));
  return lists.flatMap(({ lead, items }) =>
    itemCards(lead.text, items).filter((card) => !asked.has(foldForCompare(card.back))),
  );
}
