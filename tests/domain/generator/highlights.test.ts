// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeCloze, revealsAnswer, topicAcronyms } from '../../../src/domain/generator/cloze.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

describe('makeCloze', () => {
  it.each([
    [
      'a quoted term first',
      'BPO vil blive betragtet som "offshore outsourcing", hvis sælgeren er i et andet land.',
      'offshore outsourcing',
      `BPO vil blive betragtet som "${BLANK}", hvis sælgeren er i et andet land.`,
    ],
    [
      'German quotes',
      'Ein Center im Nachbarland wird auch „Nearshore-Center“ genannt.',
      'Nearshore-Center',
      `Ein Center im Nachbarland wird auch „${BLANK}“ genannt.`,
    ],
    [
      'an acronym, every occurrence',
      'BPO begyndte med produktion, men i dag er BPO vokset.',
      'BPO',
      `${BLANK} begyndte med produktion, men i dag er ${BLANK} vokset.`,
    ],
    [
      'an acronym in inflected forms',
      "BPO'nun avantajları BPO-firmaları için büyüktür.",
      'BPO',
      `${BLANK}'nun avantajları ${BLANK}-firmaları için büyüktür.`,
    ],
    [
      'an acronym after its expansion: the whole name',
      'Business process outsourcing (BPO) bruger tredjepartsleverandører til opgaver.',
      'Business process outsourcing (BPO)',
      `${BLANK} bruger tredjepartsleverandører til opgaver.`,
    ],
    [
      'a translated expansion near the sentence start',
      'İş süreçleri dış kaynak kullanımı (BPO), üçüncü taraf satıcılardan yararlanır.',
      'İş süreçleri dış kaynak kullanımı (BPO)',
      `${BLANK}, üçüncü taraf satıcılardan yararlanır.`,
    ],
    [
      'initials find the expansion inside a long sentence',
      'Many large firms in many different countries today rely on knowledge process outsourcing (KPO) for research.',
      'knowledge process outsourcing (KPO)',
      `Many large firms in many different countries today rely on ${BLANK} for research.`,
    ],
    [
      'a number',
      'Nearshore partners usually work within 3 hours of their clients.',
      '3',
      `Nearshore partners usually work within ${BLANK} hours of their clients.`,
    ],
    [
      'else the longest word',
      'Virksomheder bruger viden, når de mangler fagfolk.',
      'Virksomheder',
      `${BLANK} bruger viden, når de mangler fagfolk.`,
    ],
  ])('%s', (_name, sentence, answer, front) => {
    expect(makeCloze(sentence)).toEqual({ answer, front });
  });

  it('skips an acronym whose expansion cannot be told apart and takes the next term', () => {
    const sentence =
      'In the end many large and small firms in all countries choose the method of experts (KPO) for 12 tasks.';
    expect(makeCloze(sentence)?.answer).toBe('12');
  });

  it('gives up rather than leave the answer visible', () => {
    expect(makeCloze('a b c')).toBeUndefined();
  });

  it.each([
    [
      'KPO helps firms hire specialised experts quickly.',
      ['KPO'],
      { front: 'KPO helps firms hire _____ experts quickly.', answer: 'specialised' },
    ],
    [
      'Knowledge Process Outsourcing (KPO) relies on qualified experts.',
      ['KPO'],
      {
        front: 'Knowledge Process Outsourcing (KPO) relies on _____ experts.',
        answer: 'qualified',
      },
    ],
    ['KPO grows fast.', ['KPO'], { front: '_____ grows fast.', answer: 'KPO' }],
  ])(
    'hides a topic term (%s, topic %j) only when nothing else can be hidden',
    (sentence, topic, cloze) => {
      expect(makeCloze(sentence, topic)).toEqual(cloze);
    },
  );
});

describe('topicAcronyms', () => {
  it.each([
    ['Rozdiel medzi BPO a KPO', ['BPO', 'KPO']],
    ['Knowledge Process Outsourcing (KPO)', ['KPO']],
    ['Was ist Outsourcing?', []],
  ])('%s → %j', (title, acronyms) => {
    expect(topicAcronyms(title)).toEqual(acronyms);
  });
});

describe('revealsAnswer', () => {
  it.each([
    ['_____ og BPO-firmaer', 'bpo', true],
    ['Kľúčový _____', 'kľúčový', true],
    ['Kľúčový _____', 'klucovy', true],
    ['_____ bruger leverandører', 'BPO', false],
  ])('%s / %s → %s', (front, answer, expected) => {
    expect(revealsAnswer(front, answer)).toBe(expected);
  });
});

describe('highlight cards', () => {
  it.each([
    ['## Key Takeaways'],
    ['##Højdepunkter'],
    ['### öne çıkanlar'],
    ['Hlavné body'],
    ['**Key Takeaways**'],
  ])('reads the bullets under %s', (heading) => {
    const deck = build(
      `# T\n\n${heading}\n\n- KPO udliciterer videnbaseret arbejde.\n- Firms save 20 percent.\n`,
    );
    expect(cardsOf(deck, 'highlight').map((card) => [card.front, card.back, card.context])).toEqual(
      [
        [
          `${BLANK} udliciterer videnbaseret arbejde.`,
          'KPO',
          'KPO udliciterer videnbaseret arbejde.',
        ],
        [`Firms save ${BLANK} percent.`, '20', 'Firms save 20 percent.'],
      ],
    );
  });

  it('reads one paragraph per point when the section has no bullets', () => {
    const deck = build('Title\n\nKey Takeaways\n\nKPO needs experts.\n\nBPO needs 2 shifts.\n');
    expect(cardsOf(deck, 'highlight').map((card) => card.back)).toEqual(['KPO', 'BPO']);
  });

  it('skips fragments of fewer than three words', () => {
    expect(() => build('## Highlights\n\n- KPO\n- Two words\n')).toThrow('nothing to learn');
  });
});
