import type { Messages } from './en.ts';
import type { Translation } from './translator.ts';

/**
 * Slovak strings of the first page (navigation, the deck list, card kinds, errors,
 * the update banner, document import). Terms follow Anki's Slovak interface (see README).
 * Plurals: `_one` 1, `_few` 2–4, `_many` fractions (1,5 karty), `_other` 0 and 5+.
 */
export const sk = {
  media: {
    imageMissing: '[chýba obrázok: {{name}}]',
    fileNotShown: '[nezobrazený súbor: {{name}}]',
    sound: '[zvuk, neprehráva sa: {{name}}]',
    soundMissing: '[chýba zvuk: {{name}}]',
    play: 'Zvuk: {{name}}',
    soundFile: '{{name}} — zvuk',
    files: 'Mediálne súbory',
    image: '{{name}} — obrázok',
    file: '{{name}} — súbor, neprehráva sa ani nezobrazuje',
    missing: '{{name}} — chýba',
  },
  quiz: { nav: 'Kvíz', link: 'Kvíz' },
  stats: {
    nav: 'Štatistiky',
    title: 'Štatistiky',
    days_one: '{{count}} deň',
    days_few: '{{count}} dni',
    days_many: '{{count}} dňa',
    days_other: '{{count}} dní',
  },
  deckProgress: {
    label: 'Naučené: {{learned}} z {{total}} kariet',
    learned: 'Naučené',
    retention: 'Zapamätanie (30 dní): {{rate}}',
    noRetention: 'Zapamätanie (30 dní): zatiaľ žiadne opakovania',
    learningOnly: 'Zapamätanie (30 dní): zatiaľ žiadne odpovede na opakovanie, karty sa ešte učíte',
  },
  browse: { link: 'Prehliadať karty', nav: 'Karty' },
  settings: { nav: 'Nastavenia' },
  pwa: {
    offlineReady: 'Deckwright je pripravený fungovať offline.',
    updateReady:
      'Nová verzia Deckwrightu je pripravená. Vaše odpovede sú už uložené: obnovte stránku, keď sa vám to hodí.',
    updatedElsewhere:
      'Deckwright sa aktualizoval na inej karte prehliadača. Obnovte túto kartu, keď sa vám to hodí; vaše odpovede sú uložené.',
    reload: 'Obnoviť',
    later: 'Neskôr',
    close: 'Zavrieť',
  },
  crash: {
    title: 'Táto obrazovka prestala fungovať',
    body: 'Vaše študijné údaje sú uložené v tomto prehliadači. Pre istotu exportujte zálohu a potom stránku obnovte.',
    export: 'Exportovať zálohu',
    exported: 'Záloha uložená ako {{file}}.',
    exportFailed: 'Zálohu sa nepodarilo vytvoriť: {{reason}}',
    reload: 'Obnoviť',
  },
  storageErrors: {
    versionChanged:
      'Na inej karte prehliadača je otvorená novšia verzia Deckwrightu. Obnovte túto kartu a pokračujte s ňou.',
    databaseClosed:
      'Spojenie s lokálnym úložiskom sa zatvorilo (možno aktualizáciou na inej karte). Pokračujte obnovením stránky.',
    invalidData:
      'Záznam sa nepodarilo uložiť, pretože nie je platný ({{reason}}). Nič sa nezmenilo; exportujte zálohu v Nastaveniach a nahláste problém.',
  },
  import: {
    add: 'Pridať dokument',
    hint: 'Súbory Markdown (.md), text (.txt) alebo HTML (.html) do 20 MB, balíček, ktorý vám niekto poslal (.json), alebo zoznam kariet (CSV či TSV z tabuľkového procesora, textový export z Anki alebo Quizletu) alebo balík Anki (.apkg, .colpkg): vyberte ich alebo ich pustite kdekoľvek na tejto stránke.',
    paste: 'Vložiť text',
    pasteTitle: 'Názov',
    pasteText: 'Text',
    pasteSubmit: 'Vytvoriť karty',
    cancel: 'Zrušiť',
    dropHere: 'Pustite sem dokumenty a vzniknú z nich balíčky',
    reading: '{{file}}: načítava sa…',
    generating: '{{file}}: vytvárajú sa karty…',
    added: '{{file}}: pridané ako „{{title}}“.',
    openDeck: 'Otvoriť balíček',
    dismiss: 'Zavrieť',
    failed: '{{file}}: {{message}} Nič sa neuložilo.',
  },
  fsrs: {
    grade: { manual: 'Ručne', again: 'Znovu', hard: 'Ťažké', good: 'Dobre', easy: 'Ľahké' },
    state: { new: 'Nové', learning: 'Učenie', review: 'Opakovanie', relearning: 'Preučovanie' },
  },
  app: {
    name: 'Deckwright',
    titles: {
      format: '{{page}} · Deckwright',
      aDeck: 'Balíček',
      decks: 'Balíčky',
      browse: 'Karty',
      stats: 'Štatistiky',
      settings: 'Nastavenia',
      multiQuiz: 'Kvíz',
      deck: '{{deck}}',
      study: 'Štúdium · {{deck}}',
      deckStats: 'Štatistiky · {{deck}}',
      quiz: 'Kvíz · {{deck}}',
      cards: 'Karty · {{deck}}',
      card: 'Karta · {{deck}}',
      notFound: 'Stránka sa nenašla',
    },
    tagline: 'Kartičky, ktoré vzniknú samy z dokumentov',
    nav: { decks: 'Balíčky' },
    loading: 'Načítava sa…',
    notFound: 'Na tejto adrese nič nie je.',
    backToDecks: 'Späť na balíčky',
  },
  errors: {
    storageUnavailable:
      'Prehliadač odmietol otvoriť lokálne úložisko ({{reason}}). Pokrok v štúdiu sa nedá uložiť: opustite súkromné prehliadanie alebo povoľte údaje stránok a potom stránku obnovte.',
    quotaExceeded:
      'Vo vašom zariadení došlo miesto pre túto stránku. Uvoľnite miesto (alebo odstráňte údaje iných stránok) a skúste to znova. Nič sa nezmenilo.',
    loadDecks: 'Priložené balíčky sa nepodarilo načítať: {{reason}}',
    unexpected: 'Niečo sa pokazilo: {{reason}}',
    reload: 'Obnoviť',
  },
  decks: {
    title: 'Vaše balíčky',
    empty: 'Zatiaľ žiadne balíčky.',
    cards_one: '{{count}} karta',
    cards_few: '{{count}} karty',
    cards_many: '{{count}} karty',
    cards_other: '{{count}} kariet',
    study: 'Študovať',
    open: 'Otvoriť',
    counts: { new: 'Nové', learning: 'Učenie', review: 'Na opakovanie' },
    countsLabel: 'Dnes nové: {{new}}, učenie: {{learning}}, na opakovanie: {{review}}',
  },
  deck: {
    kind: {
      definition: 'Definícia',
      highlight: 'Zvýraznenie',
      faq: 'Časté otázky',
      list: 'Zoznam',
      comparison: 'Porovnanie',
    },
  },
} as const satisfies Translation<Messages>;
