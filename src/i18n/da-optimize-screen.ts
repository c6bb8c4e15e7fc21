import type { enOptimizeScreen } from './en-optimize-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of a deck's FSRS parameters panel (see `en-optimize-screen.ts`). */
export const daOptimizeScreen = {
  optimize: {
    title: 'FSRS-parametre',
    defaults: 'Dette kortsæt bruger FSRS’ standardparametre.',
    fitted_one: 'Tilpasset dine gennemgange den {{date}} ({{count}} gennemgang).',
    fitted_other: 'Tilpasset dine gennemgange den {{date}} ({{count}} gennemgange).',
    suggest: {
      neverFitted: 'Optimering tilpasser FSRS til, hvordan du husker dette kortsæts kort.',
      monthOld: 'De blev tilpasset for 30 dage siden eller mere: det anbefales at optimere igen.',
      reviewsDoubled:
        'Kortsættet har dobbelt så mange gennemgange, som de blev tilpasset efter: det anbefales at optimere igen.',
    },
    optimize: 'Optimér',
    evaluate: 'Evaluér',
    cancel: 'Annullér',
    progress: 'Optimeringens fremskridt',
    stage: {
      reading: 'Trin 1 af 3: læser gennemgangshistorikken…',
      preparing: 'Trin 2 af 3: forbereder gennemgangene…',
      fitting: 'Trin 3 af 3: tilpasser parametrene (siden kan stadig bruges)…',
    },
    fittingDone:
      'Trin 3 af 3: tilpasser parametrene, {{percent}} færdig (siden kan stadig bruges)…',
    cancelled: 'Annulleret; intet blev ændret.',
    failed: 'Optimeringen mislykkedes: {{message}}',
    unsupported: {
      noWorker: 'Denne browser kan ikke køre optimeringen: den har ingen Web Workers.',
      noSharedMemory:
        'Denne browser kører kun optimeringen (WebAssembly med delt hukommelse) på sider, der er cross-origin isolated, og det er denne side ikke endnu. Når appen er klar til at virke offline, så genindlæs siden: derefter åbner den isoleret.',
    },
    tooFew:
      '{{items}} af kortsættets gennemgange kan forudsiges (svar mindst en dag efter kortets forrige svar); FSRS skal bruge mindst {{needed}}. Parametrene forbliver, som de er.',
    initialOnly:
      'Med {{items}} forudsigelige gennemgange blev kun startstabiliteterne tilpasset; en fuld tilpasning kræver {{needed}}.',
    improved:
      'De nye parametre forudsiger dine gennemgange bedre; planlæggeren bruger dem fra nu af.',
    notImproved: 'De nye parametre forudsiger ikke dine gennemgange bedre; de nuværende bliver.',
    evaluated: 'Hvor godt de nuværende parametre forudsiger kortsættets {{count}} gennemgange:',
    figures: 'Log loss og RMSE på samme historik (lavere er bedre)',
    parameters: 'Parametre',
    logLoss: 'Log loss',
    rmse: 'RMSE (grupper)',
    current: 'Nuværende',
    candidate: 'Nye',
  },
  ankiExport: {
    button: 'Eksportér som Anki-pakke (.apkg)',
    running: 'Anki-pakken gøres klar…',
    cancel: 'Annullér',
    cancelled: 'Eksporten blev annulleret.',
    emptyDeck: 'Dette kortsæt har ingen kort, så der er ingen Anki-pakke at eksportere.',
    failed: 'Anki-pakken kunne ikke laves: {{message}}',
  },
} as const satisfies Translation<typeof enOptimizeScreen>;
