import type { enImportScreen } from './en-import-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of a document's messages, preview and update (see `en-import-screen.ts`). */
export const skImportScreen = {
  import: {
    deckFile: {
      notJson: '{{file}} nie je súbor balíčka: nie je to platný JSON (orezaný alebo poškodený?).',
      foreign: '{{file}} nie je súbor balíčka Deckwright.',
      backup: '{{file}} je záloha celej zbierky: importujte ju v Nastaveniach.',
      damaged: '{{file}} je poškodený súbor balíčka: {{path}} chýba alebo je nesprávne.',
      tooLarge: '{{file}} je väčší ako 20 MB, čo je najviac, koľko môže mať súbor balíčka.',
      update:
        '{{file}} je verzia balíčka „{{title}}“, ktorý máte: nové {{added}}, zmenené {{updated}}, odstránené {{retired}}.',
      updated:
        '{{file}}: „{{title}}“ aktualizovaný (nové {{added}}, zmenené {{updated}}, odstránené {{retired}}).',
    },
    problem: {
      unsupported:
        '{{file}} nie je dokument, ktorý táto aplikácia vie čítať: použite Markdown (.md, .markdown), text (.txt) alebo HTML (.html, .htm).',
      tooLarge:
        '{{file}} je väčší ako 20 MB, čo je najviac, koľko môže mať dokument. Rozdeľte ho na menšie súbory.',
      empty: '{{file}} je prázdny.',
      whitespace: '{{file}} obsahuje iba medzery, žiadny text.',
      binary: '{{file}} nie je textový dokument (obsahuje binárne údaje).',
      pdf: '{{file}} je PDF: najprv ho preveďte na text alebo HTML.',
      word: '{{file}} je dokument Word (alebo podobný): najprv ho preveďte na text alebo HTML.',
      navigationOnly:
        '{{file}} obsahuje iba navigáciu (ponuky, hlavičku, pätu), žiadny článok, z ktorého by vznikli karty.',
      noCards:
        '{{file}}: nenašlo sa nič na učenie — žiadne definície, zvýraznenia, časté otázky, zoznamy ani porovnávacie tabuľky.',
    },
    update: {
      title: 'Aktualizovať balíček',
      fromFile: 'Aktualizovať z novej verzie dokumentu',
      regenerate: 'Vytvoriť znova',
      regenerateHint:
        'Vytvorí karty znova z uloženého dokumentu ({{file}}), napríklad po aktualizácii aplikácie.',
      working: 'Vytvárajú sa karty…',
      summary: '{{file}}: nové {{added}}, zmenené {{updated}}, odstránené {{retired}}.',
      unchanged: '{{file}}: balíček už zodpovedá tomuto dokumentu; nie je čo meniť.',
      rules:
        'Nezmenené karty si ponechajú históriu; upravené karty si ponechajú váš text; odstránené karty, ktoré ste študovali, sa dajú bokom, ostatné sa vymažú.',
      apply: 'Použiť',
      done: 'Aktualizované: nové {{added}}, zmenené {{updated}}, odstránené {{retired}}.',
    },
    preview: {
      heading: 'Skontrolujte nový balíček',
      file: 'Zo súboru {{file}}',
      deckTitle: 'Názov balíčka',
      language: 'Jazyk',
      windows1252:
        'Tento súbor nie je v UTF-8, preto sa načítal ako Windows-1252 (západná Európa). Skontrolujte, či písmená ako æ, ø, é vyzerajú správne.',
      merged_one: '{{count}} opakovaná karta bola zlúčená s inou.',
      merged_few: '{{count}} opakované karty boli zlúčené s inými.',
      merged_many: '{{count}} opakovanej karty bolo zlúčených s inými.',
      merged_other: '{{count}} opakovaných kariet bolo zlúčených s inými.',
      selected: 'Pridá sa {{selected}} z {{total}} kariet.',
      include: 'Zahrnúť „{{front}}“',
      edit: 'Upraviť',
      editCard: 'Upraviť „{{front}}“',
      front: 'Predná strana',
      back: 'Zadná strana',
      done: 'Hotovo',
      showAll: 'Zobraziť všetky ({{count}})',
      skipped: 'Nájdené, ale neprevedené na karty ({{count}})',
      skip: {
        table:
          '„{{heading}}“ (riadky {{from}}–{{to}}): tabuľka, ale nie porovnanie v dvoch stĺpcoch.',
        list: '„{{heading}}“ (riadky {{from}}–{{to}}): zoznam, z ktorého položiek nevznikla žiadna karta (neuvádza ich úvodný riadok a nie sú napísané v tvare „Označenie: vysvetlenie“).',
        prose:
          '„{{heading}}“ (riadky {{from}}–{{to}}): iba súvislý text — žiadna definícia, zvýraznenie, častá otázka, zoznam ani porovnávacia tabuľka.',
      },
      addDeck: 'Pridať balíček',
      adding: 'Pridáva sa…',
      discard: 'Zahodiť',
      noneSelected: 'Ak chcete pridať balíček, označte aspoň jednu kartu.',
    },
    table: {
      heading: 'Skontrolujte karty zo zoznamu',
      firstRowIsHeader: 'Prvý riadok pomenúva stĺpce',
      front: 'Predná strana',
      back: 'Zadná strana',
      tags: 'Štítky',
      noTags: 'Bez štítkov',
      column: 'Stĺpec {{number}}',
      namedColumn: 'Stĺpec {{number}}: {{name}}',
      cards_one: 'Pridá sa {{count}} karta.',
      cards_few: 'Pridajú sa {{count}} karty.',
      cards_many: 'Pridá sa {{count}} karty.',
      cards_other: 'Pridá sa {{count}} kariet.',
      showing: 'Prvé ({{shown}}):',
      none: 'Z týchto stĺpcov nevznikne žiadna karta s prednou aj zadnou stranou: vyberte iné.',
      problem: {
        empty: '{{file}} neobsahuje žiadne karty: nemá riadky (pod hlavičkou). Nič sa neuložilo.',
        oneColumn:
          '{{file}} má jediný stĺpec: zoznam kariet potrebuje v každom riadku prednú a zadnú stranu oddelené čiarkou, bodkočiarkou, tabulátorom alebo |. Nič sa neuložilo.',
        unevenRows:
          '{{file}}: riadok {{row}} má {{fields}} polí, ale prvý riadok ich má {{expected}}. Opravte súbor (oddeľovač vnútri poľa musí byť v úvodzovkách) a pridajte ho znova. Nič sa neuložilo.',
        unclosedQuote:
          '{{file}}: úvodzovky otvorené v riadku {{row}} sa nikde nezatvárajú (orezaný alebo poškodený súbor?). Nič sa neuložilo.',
      },
    },
  },
} as const satisfies Translation<typeof enImportScreen>;
