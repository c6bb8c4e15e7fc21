import type { enOptimizeScreen } from './en-optimize-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of a deck's FSRS parameters panel (see `en-optimize-screen.ts`). */
export const skOptimizeScreen = {
  optimize: {
    title: 'Parametre FSRS',
    defaults: 'Tento balíček používa predvolené parametre FSRS.',
    fitted_one: 'Prispôsobené vašim opakovaniam {{date}} ({{count}} opakovanie).',
    fitted_few: 'Prispôsobené vašim opakovaniam {{date}} ({{count}} opakovania).',
    fitted_many: 'Prispôsobené vašim opakovaniam {{date}} ({{count}} opakovania).',
    fitted_other: 'Prispôsobené vašim opakovaniam {{date}} ({{count}} opakovaní).',
    suggest: {
      neverFitted: 'Optimalizácia prispôsobí FSRS tomu, ako si pamätáte karty tohto balíčka.',
      monthOld: 'Boli prispôsobené pred 30 alebo viac dňami: odporúča sa optimalizovať znova.',
      reviewsDoubled:
        'Balíček má dvakrát viac opakovaní, než na koľkých boli prispôsobené: odporúča sa optimalizovať znova.',
    },
    optimize: 'Optimalizovať',
    evaluate: 'Vyhodnotiť',
    cancel: 'Zrušiť',
    progress: 'Priebeh optimalizácie',
    stage: {
      reading: 'Krok 1 z 3: číta sa história opakovaní…',
      preparing: 'Krok 2 z 3: pripravujú sa opakovania…',
      fitting: 'Krok 3 z 3: prispôsobujú sa parametre (stránka zostáva použiteľná)…',
    },
    fittingDone:
      'Krok 3 z 3: prispôsobujú sa parametre, hotovo {{percent}} (stránka zostáva použiteľná)…',
    cancelled: 'Zrušené; nič sa nezmenilo.',
    failed: 'Optimalizácia zlyhala: {{message}}',
    unsupported: {
      noWorker: 'Tento prehliadač nevie spustiť optimalizáciu: nemá Web Workers.',
      noSharedMemory:
        'Tento prehliadač spúšťa optimalizáciu (WebAssembly so zdieľanou pamäťou) iba na stránkach izolovaných od iných pôvodov (cross-origin isolated), a táto stránka taká ešte nie je. Keď je aplikácia pripravená fungovať offline, načítajte stránku znova: potom sa otvorí izolovaná.',
    },
    tooFew:
      'Predpovedať sa dá {{items}} opakovaní tohto balíčka (odpovede aspoň deň po predchádzajúcej odpovedi na kartu); FSRS potrebuje aspoň {{needed}}. Parametre zostávajú, aké sú.',
    initialOnly:
      'S {{items}} predpovedateľnými opakovaniami sa prispôsobili iba počiatočné stability; úplné prispôsobenie potrebuje {{needed}}.',
    improved: 'Nové parametre predpovedajú vaše opakovania lepšie; plánovač ich odteraz používa.',
    notImproved: 'Nové parametre nepredpovedajú vaše opakovania lepšie; zostávajú súčasné.',
    evaluated: 'Ako dobre súčasné parametre predpovedajú opakovania tohto balíčka ({{count}}):',
    figures: 'Log loss a RMSE na tej istej histórii (nižšie je lepšie)',
    parameters: 'Parametre',
    logLoss: 'Log loss',
    rmse: 'RMSE (skupiny)',
    current: 'Súčasné',
    candidate: 'Nové',
  },
  ankiExport: {
    button: 'Exportovať ako balík pre Anki (.apkg)',
    running: 'Pripravuje sa balík pre Anki…',
    cancel: 'Zrušiť',
    cancelled: 'Export bol zrušený.',
    emptyDeck: 'Tento balíček nemá žiadne karty, takže nie je čo exportovať do Anki.',
    failed: 'Balík pre Anki sa nepodarilo vytvoriť: {{message}}',
  },
} as const satisfies Translation<typeof enOptimizeScreen>;
