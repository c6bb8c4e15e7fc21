import type { enSettingsScreen } from './en-settings-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of the Settings screen (see `en-settings-screen.ts`). */
export const skSettingsScreen = {
  settings: {
    title: 'Nastavenia',
    language: {
      title: 'Jazyk',
      label: 'Jazyk aplikácie',
      hint: 'Kým si jazyk nevyberiete, aplikácia sa riadi jazykmi vášho prehliadača.',
      failed: 'Jazyk sa nepodarilo zmeniť: {{reason}}',
    },
    storage: {
      title: 'Úložisko v tomto zariadení',
      usage: 'Využité {{usage}} z {{quota}}, ktoré môže táto stránka použiť.',
      usageUnknown: 'Tento prehliadač neuvádza, koľko úložiska aplikácia používa.',
      persisted: 'Uložené trvalo: prehliadač vaše údaje nevymaže, aby uvoľnil miesto.',
      notPersisted:
        'Neuložené trvalo: keď v zariadení dôjde miesto, prehliadač môže vaše údaje vymazať. Z času na čas exportujte zálohu.',
      persistUnknown:
        'Tento prehliadač nevie uchovávať údaje stránok trvalo. Z času na čas exportujte zálohu.',
      persist: 'Uchovávať moje údaje trvalo',
      persistDenied:
        'Prehliadač nesúhlasil s trvalým uchovávaním údajov. Inštalácia aplikácie alebo častejšie používanie to môže zmeniť; dovtedy exportujte zálohy.',
    },
    backup: {
      title: 'Záloha',
      intro:
        'Súbor zálohy obsahuje celú vašu zbierku: balíčky a ich možnosti, karty s ich plánovaním, históriu opakovaní, históriu kvízov a nastavenia.',
      export: 'Exportovať zálohu',
      exporting: 'Pripravuje sa záloha…',
      exported: 'Záloha uložená ako {{file}}.',
      importTitle: 'Importovať zálohu',
      choose: 'Súbor zálohy',
      checking: 'Kontroluje sa súbor…',
      summary:
        '{{file}}: záloha vytvorená {{date}} vo verzii {{appVersion}}. Balíčky: {{decks}}, karty: {{cards}}, opakovania: {{reviews}}, kvízy: {{quizzes}}.',
      replace: 'Nahradiť',
      replaceHint: 'Vaša zbierka bude presne taká, akú obsahuje záloha.',
      confirmReplace:
        'Vaše karty ({{cards}}) a opakovania ({{reviews}}) nahradia karty ({{backupCards}}) a opakovania ({{backupReviews}}) zo zálohy.',
      snapshotFirst:
        'Najprv sa uloží snímka vašej zbierky: môžete ju obnoviť tu alebo neskôr v časti „Automatické snímky“.',
      noSnapshot:
        'Vaša zbierka má na snímku príliš veľa opakovaní, takže ju nič neuchová: ak ju možno budete chcieť späť, najprv exportujte zálohu.',
      confirmReplaceButton: 'Áno, nahradiť',
      replaceSynced:
        'Synchronizácia je nastavená: pri ďalšej synchronizácii sa karty, balíčky a opakovania zo zálohy odošlú do vašich ostatných zariadení, ale nič sa tam neodstráni. Čo záloha nemá (karty, balíčky alebo opakovania pridané odvtedy), sa sem vráti zo servera.',
      keptBefore: 'Vaša zbierka spred importu sa uložila ako snímka.',
      restoreBefore: 'Obnoviť zbierku spred importu',
      merge: 'Zlúčiť',
      mergeHint:
        'Pridá to, čo záloha má a tomuto zariadeniu chýba; každá karta si ponechá naposledy opakovaný stav a žiadne opakovanie sa nezapočíta dvakrát.',
      cancel: 'Zrušiť',
      importing: 'Importuje sa…',
      replaced:
        'Záloha importovaná; vaša zbierka bola nahradená. Karty: {{cards}}, opakovania: {{reviews}}.',
      merged:
        'Záloha zlúčená. Pridané záznamy: {{added}}, karty aktualizované na novší stav: {{updated}}.',
      refused: 'Tento súbor sa neimportoval a nič sa nezmenilo. {{reason}}',
      failed: 'Import zlyhal a nič sa nezmenilo. {{reason}}',
    },
    problem: {
      empty: 'Súbor je prázdny.',
      truncated:
        'Súbor končí predčasne: bol orezaný, možno prerušeným sťahovaním alebo kopírovaním. Použite úplnú kópiu zálohy.',
      notJson: 'Súbor nie je záloha: nie je to platný JSON ({{detail}}).',
      foreign: 'Súbor nie je záloha Deckwright.',
      newerFormat:
        'Záloha bola vytvorená novšou verziou Deckwrightu (formát zálohy {{formatVersion}}). Aktualizujte aplikáciu a potom ju importujte.',
      newerSchema:
        'Záloha bola vytvorená novšou verziou Deckwrightu (verzia databázy {{schemaVersion}}). Aktualizujte aplikáciu a potom ju importujte.',
      invalidHeader: 'Hlavička zálohy je poškodená v „{{path}}“.',
      unknownTable: 'Záloha obsahuje „{{table}}“, čo táto verzia aplikácie nepozná.',
      countMismatch:
        'Záloha by mala mať v „{{table}}“ {{expected}} záznamov, ale má {{actual}}: je neúplná alebo upravená.',
      invalidRecord:
        'Záznam {{position}} v „{{table}}“ nie je platný: „{{path}}“ má byť {{expected}}, ale je {{received}}.',
      missingField: 'Záznam {{position}} v „{{table}}“ nie je platný: „{{path}}“ chýba.',
      duplicateKey: '„{{table}}“ obsahuje dva záznamy s kľúčom {{key}}.',
      missingReference:
        'Záznam {{position}} v „{{table}}“ odkazuje na {{parent}} „{{value}}“, ktorý záloha neobsahuje.',
      checksumMismatch:
        'Obsah zálohy nezodpovedá jej kontrolnému súčtu: súbor bol po zapísaní poškodený alebo upravený.',
      futureDate:
        'Záznam {{position}} v „{{table}}“ má „{{field}}“ {{value}}, čo je v budúcnosti: hodiny zariadenia, ktoré ho zapísalo, boli nesprávne, alebo bol súbor upravený.',
      damagedMedia:
        'Obrázok alebo zvuk „{{name}}“ (záznam {{position}} v „media“) je poškodený: jeho obsah sa nedá prečítať ako súbor, ktorým má byť.',
      wrongDeck:
        'Opakovanie {{position}} karty „{{cardId}}“ je zaradené do balíčka „{{deckId}}“, ktorý nie je balíčkom tejto karty.',
    },
    check: {
      title: 'Skontrolovať databázu',
      intro:
        'Porovná každú kartu s jej históriou opakovaní, odstráni záznamy, ktoré k ničomu nepatria (opakovania vymazaných kariet, karty vymazaných balíčkov), a znova zostaví štatistiky. Spustite ju, keď niečo nevyzerá správne; zdravú zbierku nechá tak.',
      run: 'Skontrolovať databázu',
      checking: 'Kontroluje sa databáza…',
      reportLabel: 'Správa o kontrole databázy',
      checked_one: 'Skontrolovaná {{count}} karta.',
      checked_few: 'Skontrolované {{count}} karty.',
      checked_many: 'Skontrolovanej {{count}} karty.',
      checked_other: 'Skontrolovaných {{count}} kariet.',
      sound: 'Nenašli sa žiadne problémy.',
      cardsRepaired_one:
        '{{count}} karta nezodpovedala svojej histórii opakovaní a dostala stav, ktorý vyplýva z jej odpovedí.',
      cardsRepaired_few:
        '{{count}} karty nezodpovedali svojej histórii opakovaní a dostali stav, ktorý vyplýva z ich odpovedí.',
      cardsRepaired_many:
        '{{count}} karty nezodpovedalo svojej histórii opakovaní a dostalo stav, ktorý vyplýva z ich odpovedí.',
      cardsRepaired_other:
        '{{count}} kariet nezodpovedalo svojej histórii opakovaní a dostalo stav, ktorý vyplýva z ich odpovedí.',
      queuesFixed_one: '{{count}} karta bola v nesprávnom študijnom rade a vrátila sa do svojho.',
      queuesFixed_few: '{{count}} karty boli v nesprávnom študijnom rade a vrátili sa do svojho.',
      queuesFixed_many: '{{count}} karty bolo v nesprávnom študijnom rade a vrátilo sa do svojho.',
      queuesFixed_other:
        '{{count}} kariet bolo v nesprávnom študijnom rade a vrátilo sa do svojho.',
      orphanReviews_one: 'Odstránené {{count}} opakovanie karty, ktorá už neexistuje.',
      orphanReviews_few: 'Odstránené {{count}} opakovania kariet, ktoré už neexistujú.',
      orphanReviews_many: 'Odstránené {{count}} opakovania kariet, ktoré už neexistujú.',
      orphanReviews_other: 'Odstránených {{count}} opakovaní kariet, ktoré už neexistujú.',
      orphanCards_one: 'Odstránená {{count}} karta balíčka, ktorý už neexistuje.',
      orphanCards_few: 'Odstránené {{count}} karty balíčkov, ktoré už neexistujú.',
      orphanCards_many: 'Odstránenej {{count}} karty balíčkov, ktoré už neexistujú.',
      orphanCards_other: 'Odstránených {{count}} kariet balíčkov, ktoré už neexistujú.',
      orphanUndo_one: 'Odstránený {{count}} krok späť, ktorý na nič neodkazoval.',
      orphanUndo_few: 'Odstránené {{count}} kroky späť, ktoré na nič neodkazovali.',
      orphanUndo_many: 'Odstráneného {{count}} kroku späť, ktoré na nič neodkazovali.',
      orphanUndo_other: 'Odstránených {{count}} krokov späť, ktoré na nič neodkazovali.',
      closedTabSteps_one: 'Odstránený {{count}} krok späť zo zatvorenej karty.',
      closedTabSteps_few: 'Odstránené {{count}} kroky späť zo zatvorených kariet.',
      closedTabSteps_many: 'Odstráneného {{count}} kroku späť zo zatvorených kariet.',
      closedTabSteps_other: 'Odstránených {{count}} krokov späť zo zatvorených kariet.',
      orphanQuizAnswers_one: 'Odstránená {{count}} odpoveď z kvízu, ktorý už neexistuje.',
      orphanQuizAnswers_few: 'Odstránené {{count}} odpovede z kvízov, ktoré už neexistujú.',
      orphanQuizAnswers_many: 'Odstránenej {{count}} odpovede z kvízov, ktoré už neexistujú.',
      orphanQuizAnswers_other: 'Odstránených {{count}} odpovedí z kvízov, ktoré už neexistujú.',
      orphanMedia_one: 'Odstránený {{count}} mediálny súbor, ktorý už žiadna karta neukazuje.',
      orphanMedia_few: 'Odstránené {{count}} mediálne súbory, ktoré už žiadna karta neukazuje.',
      orphanMedia_many:
        'Odstránených {{count}} mediálneho súboru, ktoré už žiadna karta neukazuje.',
      orphanMedia_other:
        'Odstránených {{count}} mediálnych súborov, ktoré už žiadna karta neukazuje.',
      summariesFixed_one: '{{count}} záznam štatistík nebol aktuálny a znova sa zostavil.',
      summariesFixed_few: '{{count}} záznamy štatistík neboli aktuálne a znova sa zostavili.',
      summariesFixed_many: '{{count}} záznamu štatistík nebolo aktuálnych a znova sa zostavili.',
      summariesFixed_other: '{{count}} záznamov štatistík nebolo aktuálnych a znova sa zostavili.',
      failed: 'Kontrola zlyhala a nič sa nezmenilo. {{reason}}',
    },
    snapshots: {
      title: 'Automatické snímky',
      intro:
        'Raz denne si aplikácia uloží kópiu vašej zbierky v tomto zariadení a ponechá posledných {{count}}. Napravia chybu (napríklad nesprávny import), nie stratené zariadenie: pred tým chráni iba exportovaná záloha.',
      tooLarge:
        'Zbierky s viac ako {{count}} opakovaniami sa automaticky nekopírujú (každá kópia by trvala minúty a zabrala stovky megabajtov): namiesto toho exportujte zálohu.',
      empty:
        'Zatiaľ žiadna snímka: vytvára sa každý deň, keď otvoríte aplikáciu, potom ako začnete študovať.',
      item: '{{date}} (karty: {{cards}}, opakovania: {{reviews}})',
      itemBeforeReplace: '{{date}}, pred nahradením (karty: {{cards}}, opakovania: {{reviews}})',
      restore: 'Obnoviť',
      restoreLabel: 'Obnoviť snímku z {{date}}',
      confirm:
        'Nahradiť celú zbierku snímkou z {{date}}? Čo ste odvtedy urobili, sa stratí, ak najprv neexportujete zálohu.',
      confirmRestore: 'Áno, obnoviť',
      restored: 'Snímka z {{date}} bola obnovená.',
    },
    sync: {
      title: 'Synchronizácia',
      intro:
        'Udržujte túto zbierku v súlade s ostatnými zariadeniami cez server CouchDB: každá odpoveď z každého zariadenia sa zachová a plán každej karty vyplýva zo všetkých.',
      server: 'Server',
      database: 'Databáza',
      user: 'Používateľ',
      password: 'Heslo',
      passwordHint: 'Uchováva sa len v tejto karte prehliadača, nikdy sa neukladá ani nezálohuje.',
      continuous: 'Synchronizovať samo, keď je pripojenie',
      save: 'Uložiť',
      syncNow: 'Synchronizovať teraz',
      syncing: 'Synchronizuje sa…',
      progress: {
        checking: 'Pripája sa…',
        sending: 'Odosielajú sa zmeny ({{done}})…',
        receiving: 'Prijímajú sa zmeny…',
        applying: 'Zapisujú sa zmeny ({{done}})…',
        receivingOf: 'Prijímajú sa zmeny: {{done}} z {{total}}…',
        applyingOf: 'Zapisujú sa zmeny: {{done}} z {{total}}…',
        derivingOf: 'Prepočítava sa plánovanie kariet: {{done}} z {{total}}…',
      },
      never: 'Zatiaľ nesynchronizované.',
      lastSync: 'Posledná synchronizácia: {{date}}.',
      waiting_one: 'Na odoslanie čaká {{count}} zmena.',
      waiting_few: 'Na odoslanie čakajú {{count}} zmeny.',
      waiting_many: 'Na odoslanie čaká {{count}} zmeny.',
      waiting_other: 'Na odoslanie čaká {{count}} zmien.',
      needPassword: 'Na synchronizáciu zadajte heslo.',
      incomplete: 'Vyplňte server, databázu a používateľa.',
      error: {
        unreachable:
          'Server sa nepodarilo zastihnúť alebo tejto aplikácii nedovolí pripojiť sa. Skontrolujte adresu, pripojenie a nastavenia CORS servera (musia povoliť adresu tejto aplikácie); synchronizácia pokračuje tam, kde prestala.',
        wrongPassword: 'Server odmietol meno používateľa alebo heslo.',
        serverFull:
          'Úložisko servera je plné, a preto nemohol uložiť odoslané zmeny. V tomto zariadení sa nič nestratilo: zmeny stále čakajú na odoslanie. Požiadajte správcu servera, aby uvoľnil miesto, a potom synchronizujte znova.',
        diskFull:
          'Úložisko zariadenia je plné, a preto sa prijaté zmeny nepodarilo uložiť. Nič sa neuložilo len napoly. Uvoľnite miesto (odstráňte balíčky alebo údaje iných stránok) a synchronizujte znova; synchronizácia pokračuje tam, kde prestala.',
        notCouch: 'Adresa odpovedá, ale nie ako server CouchDB.',
        otherApp: 'V tejto databáze sú údaje inej aplikácie. Vyberte iný názov databázy.',
        noDatabase:
          'Databáza neexistuje a tento používateľ ju nesmie vytvoriť. Opýtajte sa správcu servera alebo vyberte iný názov.',
        badAddress: 'Adresa servera musí začínať http:// alebo https://.',
        failed: 'Synchronizácia zlyhala: {{reason}}',
      },
    },
  },
} as const satisfies Translation<typeof enSettingsScreen>;
