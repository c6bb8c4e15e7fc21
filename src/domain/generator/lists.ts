/**
 * List cards: a lead-in ending in ':' followed by at least two bullet items ("Segmenty KPO sú:",
 * "Nogle almindelige eksempler … inkluderer:"). Each item becomes a card that shows the lead and
 * the other items and asks for the missing one, so the learner recalls the list item by item.
 */
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import type { Block } from './structure.ts';
import { splitSentences } from './sentences.ts';
import { BLANK, foldForCompare } from './text.ts';

/** Items shown around the blank; longer lists are shown as a window with "…". */
const MAX_SHOWN = 12;

interface ListItem {
  text: string;
  block: Block;
}

function listItems(bullets: readonly Block[]): ListItem[] {
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const block of bullets) {
    const text = block.text.replace(/[\s,;]+$/u, '').trim();
    const key = foldForCompare(text);
    // Empty items and leftovers of punctuation are fragments, not things to remember.
    if (!/[\p{L}\p{N}]/u.test(text) || seen.has(key)) continue;
    seen.add(key);
    items.push({ text, block });
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

/**
 * List cards for every lead-in + bullets pair in the article prose.
 *
 * @example
 * listCards(splitSections(parseDocument('Segmenty KPO sú:\n\n • analytika\n • výskum\n').blocks))
 * // 2 cards; the first: front 'Segmenty KPO sú:\n• _____\n• výskum', back 'analytika'
 */
export function listCards(sections: readonly Section[]): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    const blocks = section.blocks;
    blocks.forEach((block, index) => {
      if (block.kind !== 'paragraph' || !block.text.endsWith(':')) return;
      const bullets: Block[] = [];
      for (
        let next = blocks[index + 1];
        next?.kind === 'bullet';
        next = blocks[index + 1 + bullets.length]
      ) {
        bullets.push(next);
      }
      const items = listItems(bullets);
      if (items.length < 2) return;
      const lead = splitSentences(block.text).at(-1) ?? block.text;
      const texts = items.map((item) => item.text);
      items.forEach((item, hidden) => {
        cards.push({
          kind: 'list',
          anchor: `${lead} | ${item.text}`,
          front: listFront(lead, texts, hidden),
          back: item.text,
          context: '',
          lines: [item.block.from, item.block.to],
        });
      });
    });
  }
  return cards;
}
