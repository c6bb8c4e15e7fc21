import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, loadScreenMessages, useTranslation } from '../../src/i18n/i18n.ts';
import { pickLanguage } from '../../src/i18n/languages.ts';

describe('pickLanguage', () => {
  it.each([
    [undefined, ['sk-SK', 'en'], 'sk'],
    [undefined, ['cs-CZ', 'da-DK'], 'da'],
    [undefined, ['TR'], 'tr'],
    [undefined, ['fr-FR', 'de'], 'en'],
    [undefined, [], 'en'],
    ['da', ['tr-TR'], 'da'],
    ['xx', ['tr-TR'], 'tr'],
  ] as const)('chosen %s, browser %j → %s', (chosen, preferred, language) => {
    expect(pickLanguage(chosen, preferred)).toBe(language);
  });
});

function Heading() {
  const { t } = useTranslation();
  return <h1>{t('app.nav.decks')}</h1>;
}

describe('changeLanguage', () => {
  afterEach(async () => {
    await changeLanguage('en');
  });

  it('re-renders what is on screen, sets <html lang>, and reloads loaded screens’ strings', async () => {
    await loadScreenMessages('stats');
    const { i18n } = await import('../../src/i18n/i18n.ts');
    render(<Heading />);
    expect(screen.getByRole('heading')).toHaveTextContent('Decks');
    await act(() => changeLanguage('sk'));
    expect(screen.getByRole('heading')).toHaveTextContent('Balíčky');
    expect(document.documentElement.lang).toBe('sk');
    expect(i18n.t('stats.today.title')).toBe('Dnes');
    expect(i18n.t('decks.cards', { count: 4 })).toBe('4 karty');
  });
});
