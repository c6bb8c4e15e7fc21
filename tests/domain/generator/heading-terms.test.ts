// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headingTermCards } from '../../../src/domain/generator/heading-terms.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';

/** [front, back] of the glossary cards of `text` read as language `lang`. */
function glossary(text: string, lang: string): [string, string][] {
  const sections = splitSections(parseDocument(text).blocks);
  return headingTermCards(sections, lang).map((card) => [card.front, card.back]);
}

describe('glossary entries: a term heading whose first sentence speaks of it', () => {
  it.each([
    [
      'de',
      '# Glossar\n\n## Mahnbescheid\n\nDer Mahnbescheid wird vom Amtsgericht erlassen.\n',
      'Mahnbescheid',
      'Der Mahnbescheid wird vom Amtsgericht erlassen.',
    ],
    [
      'de',
      '# Glossar\n\n##Verjährung\n\nDie regelmäßige Verjährungsfrist beträgt drei Jahre.\n',
      'Verjährung',
      'Die regelmäßige Verjährungsfrist beträgt drei Jahre.',
    ],
    [
      'da',
      '# Ordbog\n\n## Lønseddel\n\nEn lønseddel viser medarbejderens løn, skat og pension for perioden.\n',
      'Lønseddel',
      'En lønseddel viser medarbejderens løn, skat og pension for perioden.',
    ],
    [
      'en',
      '# Glossary\n\n## Break-fix model\n\nIn the break-fix model the provider is paid only when something breaks.\n',
      'Break-fix model',
      'In the break-fix model the provider is paid only when something breaks.',
    ],
    [
      'sk',
      '# Pojmy\n\n## Daňový bonus\n\nDaňový bonus si uplatní rodič na každé vyživované dieťa.\n',
      'Daňový bonus',
      'Daňový bonus si uplatní rodič na každé vyživované dieťa.',
    ],
    [
      'tr',
      '# Sözlük\n\n## Otomatik katılım\n\nOtomatik katılım sisteminde çalışan kendiliğinden BES’e dahil edilir.\n',
      'Otomatik katılım',
      'Otomatik katılım sisteminde çalışan kendiliğinden BES’e dahil edilir.',
    ],
  ])('%s: %j', (lang, text, front, back) => {
    expect(glossary(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    ['a question', '# T\n\n## Was ist ein Mahnbescheid?\n\nDer Mahnbescheid wird erlassen.\n'],
    [
      'a title, not a term',
      '# T\n\n## Vorteile und Nachteile von Outsourcing im Mittelstand\n\nOutsourcing spart Kosten.\n',
    ],
    ['a sentence not about the heading', '# T\n\n## Eksempel\n\nDu låner 50.000 kr. over 5 år.\n'],
    ['the title itself', '# Mahnbescheid\n\nDer Mahnbescheid wird erlassen.\n'],
    [
      'a first block that is no paragraph',
      '# T\n\n## Mahnung\n\n- Die Mahnung fordert zur Zahlung auf.\n',
    ],
    [
      'a list lead-in',
      '# T\n\n## Benefits\n\nCloud computing has three main benefits:\n\n- Lower cost\n',
    ],
    ['a cut-off paragraph', '# T\n\n## Mahnung\n\nDie Mahnung fordert den Schuldner zur Zah\n'],
  ])('no card for %s', (_, text) => {
    expect(glossary(text, 'de')).toEqual([]);
  });
});
