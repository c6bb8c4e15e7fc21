// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isNameInSentence } from '../../../src/domain/generator/proper-names.ts';

describe('isNameInSentence: a proper name inside a sentence', () => {
  it.each([
    [
      'tr',
      "Repo, yalnız SPK'nın yetkili kıldığı bankalar ve aracı kurumlar tarafından yapılabilir.",
      'SPK',
    ],
    ['tr', "Türkiye'de kredi notu hizmeti sunan tek kuruluş Findeks'tir.", 'Findeks'],
    [
      'tr',
      "Bankalar, Kaydi Altın Transfer Sistemi'ne uyum için hesaplarını dönüştürdü.",
      'Kaydi Altın Transfer Sistemi',
    ],
    [
      'da',
      'Alle selskaber skal indsende årsrapporten digitalt til Erhvervsstyrelsen.',
      'Erhvervsstyrelsen',
    ],
    [
      'da',
      'Tallet udregnes ved en formel, der står i Kreditaftalelovens bilag 1.',
      'Kreditaftalelovens',
    ],
    ['sk', 'Na Slovensku HDP zostavuje Štatistický úrad SR.', 'Štatistický úrad SR'],
    ['de', 'Mit der STOQ-K-Methode wird untersucht, ob Insourcing geeignet ist.', 'STOQ-K-Methode'],
    [
      'en',
      'Most lenders use the credit score made by Fair Isaac Corporation.',
      'Fair Isaac Corporation',
    ],
  ])('%s: %s → %s', (lang, sentence, answer) => {
    expect(isNameInSentence(sentence, answer, lang)).toBe(true);
  });

  it.each([
    [
      'the first word of the sentence',
      'en',
      'Findeks is the only provider of credit scores.',
      'Findeks',
    ],
    ['a country in passing', 'sk', 'Základná sadzba DPH na Slovensku je 23 %.', 'Slovensku'],
    [
      'a country of two words',
      'en',
      'Most lenders in the United States use a credit score.',
      'United States',
    ],
    ['a weekday', 'en', 'The exchange publishes the rate every Monday morning.', 'Monday'],
    ['a month', 'tr', "Komisyon her yıl Aralık'ta toplanır.", 'Aralık'],
    [
      'an item of a list',
      'tr',
      'Hesap Türk Lirası, döviz ve kıymetli maden cinsinden açılabilir.',
      'Türk Lirası',
    ],
    [
      'the last item of a list',
      'de',
      'Minijobber haben bezahlten Urlaub, Lohnfortzahlung und den gesetzlichen Mindestlohn.',
      'Mindestlohn',
    ],
    [
      'a name the sentence gives away',
      'da',
      'Modellen kaldes Gent-systemet efter den belgiske by Gent.',
      'Gent-systemet',
    ],
    [
      'an acronym the sentence spells out',
      'en',
      'It gives free cash flow, also known as FCF, the cash a company can pay out.',
      'FCF',
    ],
    [
      'an expansion of an acronym the sentence holds',
      'sk',
      'BPO, skratka pre Business Process Outsourcing, je podnik.',
      'Business Process Outsourcing',
    ],
    [
      'the tail of a longer name',
      'tr',
      "Altınlar Borsa İstanbul'daki kasalarda saklanır.",
      'İstanbul',
    ],
    ['a part of a word', 'da', 'Et lavt P/E-tal kan betyde, at aktien er billig.', 'E-tal'],
    ['an abbreviation of two letters', 'sk', 'Úrad sídli v Bratislave, SR.', 'SR'],
  ])('not %s', (_, lang, sentence, answer) => {
    expect(isNameInSentence(sentence, answer, lang)).toBe(false);
  });
});
