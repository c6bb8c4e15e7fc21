import type { ExportCard } from '../../src/domain/anki-export/anki-rows.ts';
import { newCardState } from '../../src/domain/scheduling/scheduler.ts';

/** A card as the Anki export reads it: new, a FAQ card `d:faq:1` unless `overrides` say otherwise. */
export function exportCard(overrides: Partial<ExportCard> = {}): ExportCard {
  return {
    ...newCardState(new Date('2026-03-01T00:00:00Z')),
    id: 'd:faq:1',
    position: 0,
    kind: 'faq',
    front: 'Q',
    back: 'A',
    context: '',
    suspended: false,
    buriedUntil: null,
    ...overrides,
  };
}
