// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.ts';

const messages = {
  app: { name: 'Deckwright' },
  decks: {
    cards_one: '{{count}} card',
    cards_other: '{{count}} cards',
    counts: { new: 'New', learning: 'Learning' },
    countsLabel: '{{new}} new, {{learning}} learning',
  },
  errors: { unexpected: 'Something went wrong: {{ reason }}' },
  stats: { calendar: { cell: '{{day}}: {{count}} reviews' } },
} as const;

describe('translator', () => {
  it.each([
    ['app.name', 'Deckwright'],
    ['decks.counts.new', 'New'],
    ['decks.counts.learning', 'Learning'],
    ['decks.cards_one', '{{count}} card'],
  ] as const)('finds the nested key %s', (key, shown) => {
    expect(createTranslator('en', messages).t(key)).toBe(shown);
  });

  it.each([
    [{ new: 3, learning: 0 }, '3 new, 0 learning'],
    [{ new: '<b>', learning: 'a & b' }, '<b> new, a & b learning'],
    [{ new: 1, learning: undefined }, '1 new,  learning'],
    [{ new: 1 }, '1 new, {{learning}} learning'],
  ])('fills in placeholders, unescaped: %o', (values, shown) => {
    expect(createTranslator('en', messages).t('decks.countsLabel', values)).toBe(shown);
  });

  it('reads placeholder names with spaces around them, and a value only once', () => {
    const { t } = createTranslator('en', messages);
    expect(t('errors.unexpected', { reason: 'disk {{reason}}' })).toBe(
      'Something went wrong: disk {{reason}}',
    );
  });

  it.each([
    [0, '0 cards'],
    [1, '1 card'],
    [2, '2 cards'],
    [2.5, '2.5 cards'],
    [1000, '1000 cards'],
  ])('picks the English plural form for count %d', (count, shown) => {
    expect(createTranslator('en', messages).t('decks.cards', { count })).toBe(shown);
  });

  it("picks the language's plural form (Polish: few and many)", () => {
    const { t } = createTranslator('pl', {
      decks: {
        cards_one: '{{count}} karta',
        cards_few: '{{count}} karty',
        cards_many: '{{count}} kart',
      },
    });
    expect([1, 2, 5, 22].map((count) => t('decks.cards', { count }))).toEqual([
      '1 karta',
      '2 karty',
      '5 kart',
      '22 karty',
    ]);
  });

  it('uses the key itself when a count is passed but the message has no plural forms', () => {
    const { t } = createTranslator('en', messages);
    expect(t('stats.calendar.cell', { day: 'Mar 15', count: 1 })).toBe('Mar 15: 1 reviews');
  });

  it('shows a missing key as the key and warns once per key', () => {
    const warn = vi.fn();
    const { t } = createTranslator<typeof messages>('en', messages, warn);
    const missing = 'decks.nothing' as 'app.name';
    expect(t(missing)).toBe('decks.nothing');
    expect(t(missing, { count: 2 })).toBe('decks.nothing');
    // A path to a group of messages is not a message either.
    expect(t('decks.counts' as 'app.name')).toBe('decks.counts');
    expect(warn.mock.calls).toEqual([
      ['i18n: no message for the key "decks.nothing" in "en"'],
      ['i18n: no message for the key "decks.counts" in "en"'],
    ]);
  });

  it('adds messages later, merged into the groups already there, without changing the source', () => {
    const core = { stats: { nav: 'Statistics' } } as const;
    const screen = { stats: { title: 'Statistics of {{deck}}' } } as const;
    const translator = createTranslator<typeof core & typeof screen>('en', core);
    expect(translator.t('stats.title', { deck: 'BPO' })).toBe('stats.title');
    translator.addMessages(screen);
    expect(translator.t('stats.title', { deck: 'BPO' })).toBe('Statistics of BPO');
    expect(translator.t('stats.nav')).toBe('Statistics');
    expect(core).toEqual({ stats: { nav: 'Statistics' } });
  });

  it('exposes its language for Intl formatters', () => {
    expect(createTranslator('en', messages).language).toBe('en');
  });

  it('accepts only keys of its messages (checked by tsc)', () => {
    const { t } = createTranslator('en', messages);
    // @ts-expect-error: no such key
    expect(t('app.nmae')).toBe('app.nmae');
    // @ts-expect-error: a group of messages, not a message
    expect(t('decks.counts')).toBe('decks.counts');
    expect(t('decks.cards', { count: 1 })).toBe('1 card');
  });
});
