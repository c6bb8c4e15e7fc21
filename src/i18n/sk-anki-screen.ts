import type { enAnkiScreen } from './en-anki-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of an Anki package import (see `en-anki-screen.ts`). */
export const skAnkiScreen = {
  ankiImport: {
    heading: 'Skontrolujte balík Anki',
    totals:
      'Karty: {{cards}} (nové: {{new}}, dané bokom: {{suspended}}, zahrabané: {{buried}}). Opakovania: {{reviews}}.',
    decks: 'Balíčky',
    deck: '{{title}} — karty: {{cards}}, opakovania: {{reviews}}',
    deckOptions:
      'Možnosti z Anki: nové karty za deň {{newPerDay}}, opakovania za deň {{reviewsPerDay}}, požadované zapamätanie {{retention}}',
    deckSteps:
      'Kroky učenia: {{learning}}; kroky preučovania: {{relearning}}; najdlhší interval (dni): {{days}}',
    noSteps: 'žiadne',
    fsrsImported:
      'Parametre FSRS z Anki: tento balíček sa podľa nich plánuje a jeho história sa s nimi a s týmito možnosťami prehrá znova.',
    fsrsIgnored:
      'Parametre FSRS z Anki pre tento balíček nevie FSRS tejto aplikácie použiť (nesprávny počet alebo hodnota mimo rozsahu): vynechajú sa a použijú sa predvolené hodnoty FSRS.',
    noteTypes: 'Typy poznámok',
    noteType: '{{name}} — poznámky: {{notes}}, karty: {{cards}}',
    clozeNoteType: '{{name}} (doplňovačka) — poznámky: {{notes}}, karty: {{cards}}',
    leftOut: 'Vynechané',
    skipped: {
      missingNote: 'Karty, ktorých poznámka alebo typ poznámky v balíku chýba: {{number}}',
      imageOcclusion:
        'Karty Image Occlusion (masky na obrázku, ktoré táto aplikácia nevie zobraziť): {{number}}',
      emptyFront: 'Karty, ktorých otázka je tu prázdna (napríklad iba zvuk): {{number}}',
      manualEntries:
        'Záznamy histórie opakovaní, ktoré nie sú odpoveďami (preplánovanie, nastavený termín, zabudnutie): {{number}}',
      resetAnswers: 'Odpovede kariet zabudnutých v Anki, ktoré prídu ako nové: {{number}}',
      orphanReviews: 'Záznamy histórie opakovaní kariet, ktoré sa neimportujú: {{number}}',
    },
    mediaHeading: 'Médiá',
    mediaStored:
      'Obrázky uložené a zobrazené na kartách: {{images}}. Ostatné súbory uložené a uvedené na karte: {{files}} (zvuky v MP3, Ogg, WAV alebo M4A sa prehrajú, keď ich spustíte; kresby SVG a iné súbory sa nikdy neprehrajú ani nezobrazia).',
    mediaMissing:
      'Súbory, ktoré karty uvádzajú, ale balík ich neobsahuje (karta uvedie, že obrázok chýba): {{number}} — {{names}}',
    mediaUnused:
      'Mediálne súbory, ktoré nepoužíva žiadna importovaná karta: {{number}} — {{names}}',
    namesMore: '{{names}} a ďalšie ({{more}})',
    import: 'Importovať',
    importing: 'Importuje sa…',
    progress: 'Priebeh importu',
    problem: {
      notZip: '{{file}} nie je balík Anki: nie je to súbor zip. Nič sa neuložilo.',
      damaged:
        '{{file}} je poškodený alebo orezaný: jeho časť {{part}} sa nedá prečítať. Nič sa neuložilo.',
      notAnki:
        '{{file}} je súbor zip, ale nie balík Anki: neobsahuje kolekciu (collection.anki2, .anki21 ani .anki21b). Nič sa neuložilo.',
      unknownSchema:
        '{{file}} obsahuje kolekciu Anki so schémou {{version}}, ktorú táto aplikácia nevie prečítať (číta 11 a 15–18): exportujte ju znova z aktuálnej verzie Anki. Nič sa neuložilo.',
      noNotes: '{{file}} neobsahuje žiadne poznámky: nie je čo importovať. Nič sa neuložilo.',
    },
  },
} as const satisfies Translation<typeof enAnkiScreen>;
