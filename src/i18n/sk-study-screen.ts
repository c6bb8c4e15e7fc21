import type { enStudyScreen } from './en-study-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of the study screen (see `en-study-screen.ts`). */
export const skStudyScreen = {
  study: {
    journal: {
      changed:
        'Odpoveď daná tesne pred posledným zatvorením aplikácie sa neuložila: jej karta sa medzitým zmenila inde (na inej karte prehliadača alebo v inom zariadení).',
      unreadable:
        'Odpoveď danú tesne pred posledným zatvorením aplikácie sa nepodarilo prečítať, preto sa neuložila. Nič iné sa nestratilo.',
      failed:
        'Odpoveď danú tesne pred posledným zatvorením aplikácie sa zatiaľ nepodarilo uložiť; skúsi sa to znova pri ďalšom spustení aplikácie.',
      dismiss: 'Zavrieť',
    },
    back: 'Späť na balíček',
    missing: 'Balíček s identifikátorom „{{deckId}}“ neexistuje.',
    countsLabel: 'Zostáva: nové {{new}}, učenie {{learning}}, na opakovanie {{review}}',
    progress: 'Priebeh sedenia',
    band: { new: 'Nové', learning: 'Učenie', review: 'Opakovanie' },
    showAnswer: 'Zobraziť odpoveď',
    showAnswerHint: 'Medzerník alebo Enter',
    gradeLabel: '{{grade}}, znova o {{interval}} (kláves {{key}})',
    goodKeys: '{{key}} alebo medzerník',
    keys: {
      title: 'Klávesové skratky',
      open: 'Skratky',
      close: 'Zavrieť',
      spaceKeys: 'Medzerník / Enter',
      space: 'Zobrazí odpoveď; na strane s odpoveďou ohodnotí ako Dobre',
      grades: 'Znovu, Ťažké, Dobre, Ľahké',
      help: 'Zobrazí alebo skryje tento zoznam',
    },
    countsHint:
      'Karty, ktoré dnes zostávajú: nové karty na naučenie, karty v učení či preučovaní, ktoré sú na rade teraz, a opakovania na rade dnes.',
    gradesLabel: 'Ako dobre ste si to pamätali?',
    actions: 'Akcie s kartou',
    undo: 'Späť',
    bury: 'Zahrabať do zajtra',
    suspend: 'Dať bokom',
    edit: 'Upraviť',
    keyHint: '(kláves {{key}})',
    editTitle: 'Upraviť kartu',
    save: 'Uložiť',
    cancel: 'Zrušiť',
    front: 'Predná strana',
    backSide: 'Zadná strana',
    editEmpty: 'Karta musí mať prednú aj zadnú stranu.',
    editCurrent: 'Karta v súčasnej podobe',
    notice: {
      changedElsewhere:
        'Táto karta sa zmenila na inej karte prehliadača; načítala sa znova a nič sa nezapočítalo dvakrát.',
      editConflict:
        'Táto karta sa zmenila na inej karte prehliadača, takže vaša úprava sa neuložila. Váš text zostal; vedľa neho je karta v súčasnej podobe. Ak ju chcete nahradiť, uložte znova.',
      undoConflict:
        'Túto odpoveď nemožno vrátiť: karta sa medzitým zmenila (možno na inej karte prehliadača).',
      nothingToUndo: 'Nie je čo vrátiť.',
      undone: 'Posledná odpoveď bola vrátená.',
      buried: 'Karta je zahrabaná do zajtra.',
      suspended: 'Karta je odložená bokom; nezobrazí sa, kým ju nevrátite späť.',
      answerNotSaved:
        'Vašu odpoveď sa nepodarilo uložiť, preto sa karta zobrazuje znova; odpovede dané po nej sa tiež neuložili.',
      saveFailed: 'Zmenu sa nepodarilo uložiť.',
    },
    wait: 'Teraz už nič nie je na rade. Pre karty, ktoré sa učíte, sa vráťte o {{time}}.',
    done: 'Gratulujeme! Tento balíček máte zatiaľ hotový.',
    next: {
      title: 'Čo ďalej?',
      dueTomorrow_one: 'Zajtra príde na rad {{count}} karta z tohto balíčka.',
      dueTomorrow_few: 'Zajtra prídu na rad {{count}} karty z tohto balíčka.',
      dueTomorrow_many: 'Zajtra príde na rad {{count}} karty z tohto balíčka.',
      dueTomorrow_other: 'Zajtra príde na rad {{count}} kariet z tohto balíčka.',
      unbury_one: 'Vyhrabať {{count}} kartu a študovať ju',
      unbury_few: 'Vyhrabať {{count}} karty a študovať ich',
      unbury_many: 'Vyhrabať {{count}} karty a študovať ich',
      unbury_other: 'Vyhrabať {{count}} kariet a študovať ich',
      quiz: 'Otestovať sa kvízom z tohto balíčka',
      deck: 'Študovať ďalší balíček s kartami na rade:',
      decks: 'Všetky balíčky',
      more: {
        title: 'Dnes študovať viac nových kariet',
        left_one: 'V balíčku zostáva {{count}} nová karta, ktorú ste ešte neštudovali.',
        left_few: 'V balíčku zostávajú {{count}} nové karty, ktoré ste ešte neštudovali.',
        left_many: 'V balíčku zostáva {{count}} novej karty, ktorú ste ešte neštudovali.',
        left_other: 'V balíčku zostáva {{count}} nových kariet, ktoré ste ešte neštudovali.',
        add_one: 'O {{count}} viac',
        add_few: 'O {{count}} viac',
        add_many: 'O {{count}} viac',
        add_other: 'O {{count}} viac',
        count: 'Koľko ďalších',
        study: 'Študovať ich',
      },
    },
    summary: {
      title: 'Zhrnutie sedenia',
      studied_one: 'Študovaná {{count}} karta',
      studied_few: 'Študované {{count}} karty',
      studied_many: 'Študovanej {{count}} karty',
      studied_other: 'Študovaných {{count}} kariet',
      time: 'Strávený čas: {{time}}',
      again: 'Znovu: {{percent}} odpovedí',
      nextDue: 'Ďalšia karta na rade: {{when}}',
      nothingDue: 'Zatiaľ nie je naplánovaná žiadna karta.',
    },
  },
} as const satisfies Translation<typeof enStudyScreen>;
