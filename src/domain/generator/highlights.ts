/**
 * Highlight cards: every bullet of a highlights section ("Key Takeaways", "Öne Çıkanlar",
 * "Højdepunkter", …) becomes a cloze card. Plain-text articles write highlights as one paragraph
 * per point, so without bullets the section's paragraphs are the points.
 */
import type { CardDraft } from './ids.ts';
import type { Section } from './sections.ts';
import { clozeCard, makeCloze, topicAcronyms } from './cloze.ts';
import type { DocumentTerms } from './key-terms.ts';
import { wordCount } from './text.ts';

const MAX_POINT = 600;

/**
 * One cloze card per highlight: front the sentence with a term blanked, back the term, context
 * the full sentence; no card when the sentence has no key term. The deck title's acronyms are
 * hidden only when no other term can be.
 *
 * @example
 * highlightCards(splitSections(parseDocument('## Highlights\n\n- KPO needs expert staff.\n').blocks), terms)
 * // [{ kind: 'highlight', front: '_____ needs expert staff.', back: 'KPO', … }]
 */
export function highlightCards(
  sections: readonly Section[],
  terms: DocumentTerms,
  deckTitle = '',
): CardDraft[] {
  const topic = topicAcronyms(deckTitle);
  const cards: CardDraft[] = [];
  for (const section of sections) {
    if (section.role !== 'highlights') continue;
    const bullets = section.blocks.filter((block) => block.kind === 'bullet');
    const points =
      bullets.length > 0 ? bullets : section.blocks.filter((block) => block.kind === 'paragraph');
    for (const point of points) {
      // A highlight is a sentence or two; anything else is a fragment or a run-on scrape.
      if (wordCount(point.text) < 3 || point.text.length > MAX_POINT) continue;
      const cloze = makeCloze(point.text, terms, topic);
      if (!cloze) continue;
      cards.push(clozeCard(point.text, point.text, cloze, point));
    }
  }
  return cards;
}
