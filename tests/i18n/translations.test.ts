// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/da.ts';
import { daAnkiScreen } from '../../src/i18n/da-anki-screen.ts';
import { daBrowseScreen } from '../../src/i18n/da-browse-screen.ts';
import { daDeckScreen } from '../../src/i18n/da-deck-screen.ts';
import { daImportScreen } from '../../src/i18n/da-import-screen.ts';
import { daOptimizeScreen } from '../../src/i18n/da-optimize-screen.ts';
import { daQuizScreen } from '../../src/i18n/da-quiz-screen.ts';
import { daSettingsScreen } from '../../src/i18n/da-settings-screen.ts';
import { daStatsScreen } from '../../src/i18n/da-stats-screen.ts';
import { daStudyScreen } from '../../src/i18n/da-study-screen.ts';
import { en } from '../../src/i18n/en.ts';
import { enAnkiScreen } from '../../src/i18n/en-anki-screen.ts';
import { enBrowseScreen } from '../../src/i18n/en-browse-screen.ts';
import { enDeckScreen } from '../../src/i18n/en-deck-screen.ts';
import { enImportScreen } from '../../src/i18n/en-import-screen.ts';
import { enOptimizeScreen } from '../../src/i18n/en-optimize-screen.ts';
import { enQuizScreen } from '../../src/i18n/en-quiz-screen.ts';
import { enSettingsScreen } from '../../src/i18n/en-settings-screen.ts';
import { enStatsScreen } from '../../src/i18n/en-stats-screen.ts';
import { enStudyScreen } from '../../src/i18n/en-study-screen.ts';
import { sk } from '../../src/i18n/sk.ts';
import { skAnkiScreen } from '../../src/i18n/sk-anki-screen.ts';
import { skBrowseScreen } from '../../src/i18n/sk-browse-screen.ts';
import { skDeckScreen } from '../../src/i18n/sk-deck-screen.ts';
import { skImportScreen } from '../../src/i18n/sk-import-screen.ts';
import { skOptimizeScreen } from '../../src/i18n/sk-optimize-screen.ts';
import { skQuizScreen } from '../../src/i18n/sk-quiz-screen.ts';
import { skSettingsScreen } from '../../src/i18n/sk-settings-screen.ts';
import { skStatsScreen } from '../../src/i18n/sk-stats-screen.ts';
import { skStudyScreen } from '../../src/i18n/sk-study-screen.ts';
import { tr } from '../../src/i18n/tr.ts';
import { trAnkiScreen } from '../../src/i18n/tr-anki-screen.ts';
import { trBrowseScreen } from '../../src/i18n/tr-browse-screen.ts';
import { trDeckScreen } from '../../src/i18n/tr-deck-screen.ts';
import { trImportScreen } from '../../src/i18n/tr-import-screen.ts';
import { trOptimizeScreen } from '../../src/i18n/tr-optimize-screen.ts';
import { trQuizScreen } from '../../src/i18n/tr-quiz-screen.ts';
import { trSettingsScreen } from '../../src/i18n/tr-settings-screen.ts';
import { trStatsScreen } from '../../src/i18n/tr-stats-screen.ts';
import { trStudyScreen } from '../../src/i18n/tr-study-screen.ts';
import { createTranslator, type MessageTree } from '../../src/i18n/translator.ts';

// Each file of English strings, and the same file in every other language.
const FILES: readonly (readonly [
  file: string,
  english: MessageTree,
  translations: Record<string, MessageTree>,
])[] = [
  ['first page (en.ts)', en, { tr, da, sk }],
  ['Anki import', enAnkiScreen, { tr: trAnkiScreen, da: daAnkiScreen, sk: skAnkiScreen }],
  ['browse screen', enBrowseScreen, { tr: trBrowseScreen, da: daBrowseScreen, sk: skBrowseScreen }],
  ['deck page', enDeckScreen, { tr: trDeckScreen, da: daDeckScreen, sk: skDeckScreen }],
  [
    'document import',
    enImportScreen,
    { tr: trImportScreen, da: daImportScreen, sk: skImportScreen },
  ],
  [
    'optimize panel',
    enOptimizeScreen,
    { tr: trOptimizeScreen, da: daOptimizeScreen, sk: skOptimizeScreen },
  ],
  ['quiz screens', enQuizScreen, { tr: trQuizScreen, da: daQuizScreen, sk: skQuizScreen }],
  [
    'settings screen',
    enSettingsScreen,
    { tr: trSettingsScreen, da: daSettingsScreen, sk: skSettingsScreen },
  ],
  ['stats screen', enStatsScreen, { tr: trStatsScreen, da: daStatsScreen, sk: skStatsScreen }],
  ['study screen', enStudyScreen, { tr: trStudyScreen, da: daStudyScreen, sk: skStudyScreen }],
];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) found.set(path, text);
  }
  return found;
}

/**
 * The keys `language` must have for the English `english`: every plain key, and for each plural
 * group every category `Intl.PluralRules` of the language has (Slovak: one, few, many, other).
 */
function expectedKeys(english: MessageTree, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of leaves(english).keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural === null) keys.add(key);
    else for (const category of categories) keys.add(`${key.slice(0, plural.index)}_${category}`);
  }
  return keys;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{(.+?)}}/g)].map((match) => match[1]).sort();

describe('every language has every string', () => {
  it('no locale lacks a key or a plural category of its language (the list names them)', () => {
    const missing: string[] = [];
    for (const [file, english, translations] of FILES) {
      for (const [language, translated] of Object.entries(translations)) {
        const have = leaves(translated);
        for (const key of expectedKeys(english, language)) {
          if (!have.has(key)) missing.push(`${language}: ${key} (${file})`);
        }
      }
    }
    expect(missing, `Missing translations:\n${missing.join('\n')}`).toEqual([]);
  });

  it('no locale keeps a key English no longer has', () => {
    const stale: string[] = [];
    for (const [file, english, translations] of FILES) {
      for (const [language, translated] of Object.entries(translations)) {
        const expected = expectedKeys(english, language);
        for (const key of leaves(translated).keys()) {
          if (!expected.has(key)) stale.push(`${language}: ${key} (${file})`);
        }
      }
    }
    expect(stale, `Keys to remove:\n${stale.join('\n')}`).toEqual([]);
  });

  it('each translation fills in the same placeholders as the English', () => {
    const wrong: string[] = [];
    for (const [file, english, translations] of FILES) {
      const source = leaves(english);
      for (const [language, translated] of Object.entries(translations)) {
        for (const [key, text] of leaves(translated)) {
          const englishKey = key.replace(PLURAL_SUFFIX, '_other');
          const original = source.get(englishKey) ?? source.get(key);
          if (original === undefined) continue;
          // A plural form may leave out {{count}} ("the missed card"); nothing else may differ.
          const want = placeholders(original).filter(
            (name) => !(name === 'count' && PLURAL_SUFFIX.test(key)),
          );
          const got = placeholders(text).filter(
            (name) => !(name === 'count' && PLURAL_SUFFIX.test(key)),
          );
          if (want.join() !== got.join()) wrong.push(`${language}: ${key} (${file})`);
        }
      }
    }
    expect(wrong, `Placeholders differ:\n${wrong.join('\n')}`).toEqual([]);
  });
});

describe('plurals in each language', () => {
  it.each([
    ['sk', 1, '1 karta'],
    ['sk', 3, '3 karty'],
    ['sk', 5, '5 kariet'],
    ['sk', 0, '0 kariet'],
    ['da', 1, '1 kort'],
    ['tr', 2, '2 kart'],
  ])('%s: %d cards', (language, count, shown) => {
    const messages = { tr, da, sk }[language as 'tr' | 'da' | 'sk'];
    expect(createTranslator(language, messages).t('decks.cards', { count })).toBe(shown);
  });

  it('falls back to the _other form when a language file lacks a category', () => {
    const { t } = createTranslator('sk', {
      decks: { cards_one: '{{count}} karta', cards_other: '{{count}} kariet' },
    });
    expect(t('decks.cards', { count: 3 })).toBe('3 kariet');
    expect(t('decks.cards', { count: 1 })).toBe('1 karta');
  });

  it('Danish treats 1.5 as "one" and Slovak as "many"', () => {
    expect(new Intl.PluralRules('da').select(1.5)).toBe('one');
    expect(createTranslator('sk', sk).t('decks.cards', { count: 1.5 })).toBe('1.5 karty');
  });
});
