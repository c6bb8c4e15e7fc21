/**
 * FAQ cards: each question under a FAQ heading ("SSS", "Ofte stillede spørgsmål", "FAQ", …) with
 * its answer. Questions elsewhere in the article are not FAQ, even when phrased as one.
 */
import type { CardDraft } from './ids.ts';
import type { Section } from './sections.ts';
import type { Block } from './structure.ts';

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
    const back = answerText(answer);
    if (back === '') continue;
    cards.push({
      kind: 'faq',
      anchor: heading.text,
      front: heading.text,
      back,
      context: '',
      lines: [heading.from, answer.at(-1)?.to ?? heading.to],
    });
  }
  return cards;
}
