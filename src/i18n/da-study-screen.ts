import type { enStudyScreen } from './en-study-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of the study screen (see `en-study-screen.ts`). */
export const daStudyScreen = {
  study: {
    journal: {
      changed:
        'Et svar givet lige før appen sidst blev lukket, blev ikke gemt: kortet blev ændret et andet sted (i en anden fane eller på en anden enhed) i mellemtiden.',
      unreadable:
        'Et svar givet lige før appen sidst blev lukket, kunne ikke læses igen, så det blev ikke gemt. Intet andet gik tabt.',
      failed:
        'Et svar givet lige før appen sidst blev lukket, kunne ikke gemmes endnu; det forsøges igen, næste gang appen starter.',
      dismiss: 'Luk',
    },
    back: 'Tilbage til kortsættet',
    missing: 'Intet kortsæt med id’et “{{deckId}}”.',
    countsLabel: 'Tilbage: {{new}} nye, {{learning}} under indlæring, {{review}} til gennemgang',
    progress: 'Fremskridt i sessionen',
    band: { new: 'Ny', learning: 'Lærer', review: 'Gennemgang' },
    showAnswer: 'Vis svar',
    showAnswerHint: 'Mellemrum eller Enter',
    gradeLabel: '{{grade}}, næste om {{interval}} (tast {{key}})',
    goodKeys: '{{key}} eller Mellemrum',
    keys: {
      title: 'Tastaturgenveje',
      open: 'Genveje',
      close: 'Luk',
      spaceKeys: 'Mellemrum / Enter',
      space: 'Vis svaret; når svaret vises: svar Godt',
      grades: 'Igen, Hård, Godt, Let',
      help: 'Vis eller skjul denne liste',
    },
    countsHint:
      'Kort tilbage i dag: nye kort at lære, kort under (gen)indlæring, der forfalder nu, og gennemgange, der forfalder i dag.',
    gradesLabel: 'Hvor godt huskede du det?',
    actions: 'Korthandlinger',
    undo: 'Fortryd',
    bury: 'Begrav til i morgen',
    suspend: 'Suspendér',
    edit: 'Redigér',
    keyHint: '(tast {{key}})',
    editTitle: 'Redigér kort',
    save: 'Gem',
    cancel: 'Annullér',
    front: 'Forside',
    backSide: 'Bagside',
    editEmpty: 'Et kort skal have en forside og en bagside.',
    editCurrent: 'Kortet, som det er nu',
    notice: {
      changedElsewhere:
        'Kortet blev ændret i en anden fane; det blev indlæst igen, og intet blev talt med to gange.',
      editConflict:
        'Kortet blev ændret i en anden fane, så din ændring blev ikke gemt. Din tekst er bevaret; kortet, som det er nu, vises ved siden af. Gem igen for at erstatte det.',
      undoConflict: 'Svaret kan ikke fortrydes: kortet er ændret siden (måske i en anden fane).',
      nothingToUndo: 'Der er intet at fortryde.',
      undone: 'Det sidste svar blev fortrudt.',
      buried: 'Kortet er begravet til i morgen.',
      suspended: 'Kortet er suspenderet; det vises ikke, før du ophæver suspenderingen.',
      answerNotSaved:
        'Dit svar kunne ikke gemmes, så kortet vises igen; svar givet efter det blev heller ikke gemt.',
      saveFailed: 'Ændringen kunne ikke gemmes.',
    },
    wait: 'Der er ikke flere forfaldne kort lige nu. Kom tilbage kl. {{time}} for de kort, du er ved at lære.',
    done: 'Tillykke! Du er færdig med dette kortsæt for nu.',
    next: {
      title: 'Hvad nu?',
      dueTomorrow_one: 'I morgen forfalder {{count}} kort i dette kortsæt.',
      dueTomorrow_other: 'I morgen forfalder {{count}} kort i dette kortsæt.',
      unbury_one: 'Grav {{count}} kort frem, og studér det',
      unbury_other: 'Grav {{count}} kort frem, og studér dem',
      quiz: 'Tag en quiz om dette kortsæt',
      deck: 'Studér det næste kortsæt med forfaldne kort:',
      decks: 'Alle kortsæt',
      more: {
        title: 'Studér flere nye kort i dag',
        left_one: 'Kortsættet har {{count}} nyt kort, der ikke er studeret endnu.',
        left_other: 'Kortsættet har {{count}} nye kort, der ikke er studeret endnu.',
        add_one: '{{count}} mere',
        add_other: '{{count}} mere',
        count: 'Hvor mange flere',
        study: 'Studér dem',
      },
    },
    summary: {
      title: 'Opsummering af sessionen',
      studied_one: '{{count}} kort studeret',
      studied_other: '{{count}} kort studeret',
      time: 'Tidsforbrug: {{time}}',
      again: 'Igen: {{percent}} af svarene',
      nextDue: 'Næste kort forfalder: {{when}}',
      nothingDue: 'Intet kort er planlagt endnu.',
    },
  },
} as const satisfies Translation<typeof enStudyScreen>;
