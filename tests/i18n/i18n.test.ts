// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, loadScreenMessages } from '../../src/i18n/i18n.ts';

// The app's own translator and strings: what the learner reads.
describe('the app translator', () => {
  // The study screen's and the deck page's strings load with those screens.
  beforeAll(() => Promise.all([loadScreenMessages('study'), loadScreenMessages('deck')]));

  it.each([
    [0, '0 cards'],
    [1, '1 card'],
    [140, '140 cards'],
  ])('counts %d cards of a deck', (count, shown) => {
    expect(i18n.t('decks.cards', { count })).toBe(shown);
  });

  it('fills in a sentence without escaping what it is given', () => {
    expect(i18n.t('deck.notFound', { deckId: '<bpo & co>' })).toBe(
      'No deck with the id “<bpo & co>”.',
    );
    expect(i18n.t('study.gradeLabel', { grade: 'Good', interval: '10 min', key: 3 })).toBe(
      'Good, next in 10 min (key 3)',
    );
  });

  it('reads nested keys', () => {
    expect(i18n.t('study.summary.title')).toBe('Session summary');
    expect(i18n.t('study.notice.nothingToUndo')).toBe('There is nothing to undo.');
  });

  it('gives its language to Intl formatters', () => {
    expect(i18n.t('study.summary.studied', { count: 1 })).toBe('1 card studied');
    expect(i18n.language).toBe('en');
    expect(new Intl.NumberFormat(i18n.language).format(1234.5)).toBe('1,234.5');
  });

  it('accepts only keys the app has (checked by tsc); in development a missing one warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // @ts-expect-error: the key is study.showAnswer
    expect(i18n.t('study.answer.show')).toBe('study.answer.show');
    // @ts-expect-error: the key is study.showAnswer
    expect(i18n.t('study.answer.show')).toBe('study.answer.show');
    expect(i18n.t('study.showAnswer')).toBe('Show answer');
    expect(warn.mock.calls).toEqual([['i18n: no message for the key "study.answer.show" in "en"']]);
  });
});
