// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CardKind, Deck } from '../../../src/domain/deck/deck-types.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { generateDeck } from '../../../src/domain/generator/generate-deck.ts';
import {
  SEEDS,
  cardWithFront,
  cardsOf,
  deckProblems,
  readSeed,
  sourcesDir,
  type Seed,
} from './generator-test-helpers.ts';

const decks = new Map<Seed, Deck>();
for (const seed of SEEDS) decks.set(seed, await generateDeck(readSeed(seed), seed));

function deck(seed: Seed): Deck {
  const found = decks.get(seed);
  if (!found) throw new Error(`no deck for ${seed}`);
  return found;
}

function counts(seed: Seed): Partial<Record<CardKind, number>> {
  const out: Partial<Record<CardKind, number>> = {};
  for (const card of deck(seed).cards) out[card.kind] = (out[card.kind] ?? 0) + 1;
  return out;
}

describe.each(SEEDS)('%s', (seed) => {
  it('keeps every card rule', () => {
    expect(deckProblems(deck(seed))).toEqual([]);
  });

  it('hashes the source bytes', () => {
    expect(deck(seed).source.file).toBe(seed);
    const bytes = readFileSync(`${sourcesDir}${seed}`);
    expect(deck(seed).source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('bpo.tr.md (Turkish, front matter, what-is, highlights, SSS)', () => {
  const tr = () => deck('bpo.tr.md');

  it('has the deck fields', () => {
    expect(tr()).toMatchObject({
      id: 'bpo-tr',
      title: 'İş Süreci Dış Kaynak Kullanımı (BPO)',
      language: 'tr',
      description:
        'İş süreci dış kaynak kullanımı (BPO), işle ilgili çeşitli işlemleri üçüncü taraf satıcılara taşeronluk etme yöntemidir.',
    });
    expect(counts('bpo.tr.md')).toEqual({ definition: 6, highlight: 4, faq: 3 });
    expect(cardWithFront(tr(), 'ITES').back).toBe('Bilgi teknolojisi etkin hizmetler.');
    expect(cardWithFront(tr(), 'Arka ofis BPO').back).toMatch(/^Muhasebe, ödeme işleme/);
  });

  it('defines BPO with the description, since the section paragraph lost its subject', () => {
    expect(cardWithFront(tr(), 'İş Süreci Dış Kaynak Kullanımı (BPO) Nedir?').back).toBe(
      'İş süreci dış kaynak kullanımı (BPO), işle ilgili çeşitli işlemleri üçüncü taraf satıcılara taşeronluk etme yöntemidir.',
    );
  });

  it('defines the quoted terms without repeating them', () => {
    expect(cardWithFront(tr(), 'kıyıya yakın dış kaynak kullanımı').back).toBe(
      'İş komşu bir ülkeye ihale edilirse, BPO\'ya "…" denir.',
    );
    expect(cardWithFront(tr(), 'offshore dış kaynak kullanımı').back).toContain(
      'BPO "…" olarak kabul edilir.',
    );
    expect(cardWithFront(tr(), 'Karada dış kaynak kullanımı').back).toMatch(
      /^"…" veya "yerli kaynak kullanımı" olarak bilinen üçüncü bir seçenek/,
    );
  });

  it('asks the three SSS questions', () => {
    expect(cardsOf(tr(), 'faq').map((card) => card.front)).toEqual([
      "BPO'nun Amacı Nedir ve Türleri Nelerdir?",
      'BPO Şirketlerinin Türleri Nelerdir?',
      "BPO'nun Avantajları Nelerdir?",
    ]);
    expect(cardWithFront(tr(), 'BPO Şirketlerinin Türleri Nelerdir?').back).toMatch(
      /^Üç ana BPO şirketi türü vardır\./,
    );
  });

  it('turns the Öne Çıkanlar bullets into clozes of key terms, never an inflected fragment', () => {
    expect(cardsOf(tr(), 'highlight').map((card) => card.back)).toEqual([
      '12 milyar dolar',
      'BPO',
      'offshore dış kaynak kullanımı',
      'üçüncü taraf',
    ]);
    expect(cardsOf(tr(), 'highlight')[3]?.front).toBe(
      `İş süreçleri dış kaynak kullanımı (BPO), iş operasyonlarının belirli bölümlerini yürütmek için ${BLANK} satıcılardan veya taşeronlardan yararlanır.`,
    );
  });
});

describe('bpo.da.md (Danish translation of the same article)', () => {
  const da = () => deck('bpo.da.md');

  it('has the deck fields and counts', () => {
    expect(da()).toMatchObject({ id: 'bpo-da', language: 'da' });
    expect(counts('bpo.da.md')).toEqual({ definition: 6, highlight: 5, faq: 3 });
    expect(cardWithFront(da(), 'ITES').back).toBe('Informationsteknologiaktiverede tjenester.');
  });

  it('defines BPO from its section, with the stray link fragment cleaned', () => {
    const card = cardWithFront(da(), 'Hvad er Business Process Outsourcing (BPO)?');
    expect(card.back).toBe(
      'Business process outsourcing (BPO) er en metode til underleverandør af forskellige forretningsrelaterede operationer til tredjepartsleverandører.',
    );
    expect(card.lines).toEqual([8, 10]);
  });

  it('defines the synonyms kendt som "onshore outsourcing" eller "domestic sourcing" once', () => {
    expect(da().cards.some((card) => card.front === 'domestic sourcing')).toBe(false);
    expect(cardWithFront(da(), 'onshore outsourcing').back).toMatch(
      /^En tredje mulighed, kendt som "…" eller "domestic sourcing", opstår, når BPO/,
    );
    expect(cardWithFront(da(), 'nearshore outsourcing').back).toBe(
      'BPO omtales som "…", hvis jobbet er kontraheret til et naboland.',
    );
  });

  it('asks the three FAQ questions with their answers', () => {
    expect(cardsOf(da(), 'faq').map((card) => card.front)).toEqual([
      'Hvad er målet med BPO, og hvad er dets typer?',
      'Hvad er typerne af BPO-virksomheder?',
      'Hvad er fordelene ved BPO?',
    ]);
    // A short back: the opening sentence that only repeats the question is skipped, and what
    // does not fit in 40 words is the context under the answer.
    const benefits = cardWithFront(da(), 'Hvad er fordelene ved BPO?');
    expect(benefits.back).toBe(
      'En af de primære fordele er, at det sænker omkostningerne. At udføre en bestemt jobfunktion internt koster et bestemt beløb.',
    );
    expect(benefits.context).toMatch(/^BPO kan reducere disse omkostninger.*som taler sproget\.$/);
  });

  it('asks the market size the body states as a fact, with its unit', () => {
    const card = cardsOf(da(), 'highlight').find((cloze) => cloze.back.includes('milliarder'));
    expect(card?.front).toContain(`i 2017 var ${BLANK}, hvilket var en stigning på $12 milliarder`);
    expect(card?.back).toBe('$88,9 milliarder');
  });

  it('asks a plain sentence about the defined front office, hiding it', () => {
    expect(cardsOf(da(), 'highlight')).toContainEqual(
      expect.objectContaining({
        front: `I store træk anvender virksomheder BPO-praksis inden for de to hovedområder back-office og ${BLANK} - drift.`,
        back: 'front office',
      }),
    );
  });

  it('hides a term other than the topic (BPO and its expansion) in a highlight', () => {
    expect(cardsOf(da(), 'highlight')[4]).toMatchObject({
      front: `Business process outsourcing (BPO) bruger ${BLANK} eller underleverandører til at udføre visse dele af deres forretningsaktiviteter.`,
      back: 'tredjepartsleverandører',
    });
  });
});

describe('kpo.da.md (Danish, no FAQ, ##Højdepunkter)', () => {
  const kpo = () => deck('kpo.da.md');

  it('has the deck fields and counts', () => {
    expect(kpo()).toMatchObject({ id: 'kpo-da', language: 'da' });
    expect(counts('kpo.da.md')).toEqual({ definition: 4, list: 8, highlight: 4 });
    expect(cardWithFront(kpo(), 'Outsourcing af vidensprocesser').back).toMatch(
      /^Den målrettede tildeling af opgaver/,
    );
  });

  it('defines KPO', () => {
    expect(cardWithFront(kpo(), 'Hvad er Knowledge Process Outsourcing (KPO)?').back).toMatch(
      /^Knowledge process outsourcing \(KPO\) er outsourcing af kerne, informationsrelaterede forretningsaktiviteter\./,
    );
  });

  it('asks the eight KPO domains one by one', () => {
    const cards = cardsOf(kpo(), 'list');
    expect(cards.map((card) => card.back)).toEqual([
      'Økonomiske konsulenter',
      'Forskning og udvikling (F&U)',
      'Forretningsdrift (ledelsesrådgivning)',
      'teknisk analyse',
      'Investeringer',
      'Gyldige',
      'Medicin og sundhedspleje',
      'Dataanalyse og fortolkning',
    ]);
    expect(cards[1]?.front).toBe(
      [
        'Nogle almindelige eksempler på KPO outsourcing domæner inkluderer:',
        '• Økonomiske konsulenter',
        `• ${BLANK}`,
        '• Forretningsdrift (ledelsesrådgivning)',
        '• teknisk analyse',
        '• Investeringer',
        '• Gyldige',
        '• Medicin og sundhedspleje',
        '• Dataanalyse og fortolkning',
      ].join('\n'),
    );
  });

  it('reads the highlights under ##Højdepunkter, after the statement about offshore', () => {
    expect(cardsOf(kpo(), 'highlight').map((card) => card.back)).toEqual([
      'offshore',
      'fageksperter',
      'specialiseret viden og ekspertise',
      'højtuddannet arbejdsstyrke',
    ]);
  });
});

describe('bpo-vs-kpo.sk.txt (Slovak plain text, flattened table, boilerplate)', () => {
  const sk = () => deck('bpo-vs-kpo.sk.txt');

  it('has the deck fields and counts', () => {
    expect(sk()).toMatchObject({
      id: 'bpo-vs-kpo-sk',
      title: 'Rozdiel medzi BPO a KPO',
      language: 'sk',
    });
    expect(counts('bpo-vs-kpo.sk.txt')).toEqual({
      definition: 6,
      list: 19,
      comparison: 14,
      highlight: 1,
    });
  });

  it('defines BPO and KPO from the Kľúčový rozdiel lead', () => {
    expect(cardWithFront(sk(), 'BPO').back).toBe(
      'Skratka pre Outsourcing podnikového spracovania, znamená realizáciu obchodného procesu pomocou kanálu outsourcingu.',
    );
    expect(cardWithFront(sk(), 'KPO').back).toBe(
      'Skratka Outsourcingu znalostných procesov, znamená outsourcing procesu, ktorý vyžaduje spracovanie poznatkov v jednej alebo inej forme.',
    );
  });

  it('lists the 10 BPO services and the 9 KPO segments', () => {
    const leads = cardsOf(sk(), 'list').map((card) => card.front.split('\n')[0]);
    expect(
      leads.filter((lead) => lead === 'Rôzne typy služieb od spoločnosti BPO sú:'),
    ).toHaveLength(10);
    expect(leads.filter((lead) => lead === 'Segmenty KPO sú:')).toHaveLength(9);
    expect(cardsOf(sk(), 'list').map((card) => card.back)).toContain(
      'Služba konverzie údajov Skenovanie',
    );
  });

  it('compares 7 rows × 2 sides of the flattened table', () => {
    const comparisons = cardsOf(sk(), 'comparison');
    expect(comparisons.map((card) => card.front)).toEqual(
      [
        'definícia',
        'Znamenať',
        'vyžaduje',
        'služby',
        'proces',
        'zamestnanci',
        'Odborné znalosti v',
      ].flatMap((label) => [`BPO — ${label}?`, `KPO — ${label}?`]),
    );
    expect(cardWithFront(sk(), 'KPO — vyžaduje?')).toMatchObject({
      back: 'Špecializované vedomosti',
      context: 'BPO: Dobré komunikačné schopnosti a základné počítačové znalosti',
    });
    expect(cardWithFront(sk(), 'BPO — služby?').back).toBe('Služby nízkeho konca');
  });

  it('says nothing about planets, whisky or ghee', () => {
    const text = JSON.stringify(sk()).toLowerCase();
    for (const word of ['planét', 'whisky', 'ghee', 'odporúčan', 'redakcia', 'súvisiace']) {
      expect(text).not.toContain(word);
    }
  });
});
