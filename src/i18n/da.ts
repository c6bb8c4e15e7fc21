import type { Messages } from './en.ts';
import type { Translation } from './translator.ts';

/**
 * Danish strings of the first page (navigation, the deck list, card kinds, errors,
 * the update banner, document import). Terms follow Anki's Danish interface (see README).
 */
export const da = {
  media: {
    imageMissing: '[billede mangler: {{name}}]',
    fileNotShown: '[fil, der ikke vises: {{name}}]',
    sound: '[lyd, afspilles ikke: {{name}}]',
    soundMissing: '[lyd mangler: {{name}}]',
    play: 'Lyd: {{name}}',
    soundFile: '{{name}} — lyd',
    files: 'Mediefiler',
    image: '{{name}} — billede',
    file: '{{name}} — fil, afspilles og vises ikke',
    missing: '{{name}} — mangler',
  },
  quiz: { nav: 'Quiz', link: 'Quiz' },
  stats: {
    nav: 'Statistik',
    title: 'Statistik',
    days_one: '{{count}} dag',
    days_other: '{{count}} dage',
  },
  deckProgress: {
    label: '{{learned}} af {{total}} kort lært',
    learned: 'Lært',
    retention: 'Hukommelse (30 dage): {{rate}}',
    noRetention: 'Hukommelse (30 dage): ingen gennemgange endnu',
    learningOnly: 'Hukommelse (30 dage): ingen svar på gennemgangskort endnu; kortene læres stadig',
  },
  browse: { link: 'Gennemse kort', nav: 'Kort' },
  settings: { nav: 'Indstillinger' },
  pwa: {
    offlineReady: 'Deckwright er klar til at virke offline.',
    updateReady:
      'En ny version af Deckwright er klar. Dine svar er allerede gemt: genindlæs, når det passer dig.',
    updatedElsewhere:
      'Deckwright blev opdateret i en anden fane. Genindlæs denne fane, når det passer dig; dine svar er gemt.',
    reload: 'Genindlæs',
    later: 'Senere',
    close: 'Luk',
  },
  crash: {
    title: 'Denne skærm holdt op med at virke',
    body: 'Dine studiedata ligger i denne browser. Eksportér for en sikkerheds skyld en sikkerhedskopi, og genindlæs så.',
    export: 'Eksportér sikkerhedskopi',
    exported: 'Sikkerhedskopien er gemt som {{file}}.',
    exportFailed: 'Sikkerhedskopien kunne ikke laves: {{reason}}',
    reload: 'Genindlæs',
  },
  storageErrors: {
    versionChanged:
      'En nyere version af Deckwright er åben i en anden fane. Genindlæs denne fane for at fortsætte med den.',
    databaseClosed:
      'Forbindelsen til den lokale lagring blev lukket (måske af en opdatering i en anden fane). Genindlæs for at fortsætte.',
    invalidData:
      'En post kunne ikke gemmes, fordi den ikke er gyldig ({{reason}}). Intet blev ændret; eksportér en sikkerhedskopi fra Indstillinger, og rapportér problemet.',
  },
  import: {
    add: 'Tilføj et dokument',
    hint: 'Markdown- (.md), tekst- (.txt) eller HTML-filer (.html) på op til 20 MB, et kortsæt, som nogen har delt (.json), eller en kortliste (CSV eller TSV fra et regneark, Ankis eller Quizlets teksteksport) eller en Anki-pakke (.apkg, .colpkg): vælg dem, eller slip dem hvor som helst på siden.',
    paste: 'Indsæt tekst',
    pasteTitle: 'Titel',
    pasteText: 'Tekst',
    pasteSubmit: 'Lav kort',
    cancel: 'Annullér',
    dropHere: 'Slip dokumenter her for at lave kortsæt af dem',
    reading: '{{file}}: læser…',
    generating: '{{file}}: laver kort…',
    added: '{{file}}: tilføjet som “{{title}}”.',
    openDeck: 'Åbn kortsættet',
    dismiss: 'Luk',
    failed: '{{file}}: {{message}} Intet blev gemt.',
  },
  fsrs: {
    grade: { manual: 'Manuel', again: 'Igen', hard: 'Hård', good: 'Godt', easy: 'Let' },
    state: { new: 'Ny', learning: 'Lærer', review: 'Gennemgang', relearning: 'Genlærer' },
  },
  app: {
    name: 'Deckwright',
    titles: {
      format: '{{page}} · Deckwright',
      aDeck: 'Kortsæt',
      decks: 'Kortsæt',
      browse: 'Kort',
      stats: 'Statistik',
      settings: 'Indstillinger',
      multiQuiz: 'Quiz',
      deck: '{{deck}}',
      study: 'Studér · {{deck}}',
      deckStats: 'Statistik · {{deck}}',
      quiz: 'Quiz · {{deck}}',
      cards: 'Kort · {{deck}}',
      card: 'Kort · {{deck}}',
      notFound: 'Siden blev ikke fundet',
    },
    tagline: 'Flashcards, der laver sig selv ud fra dokumenter',
    nav: { decks: 'Kortsæt' },
    loading: 'Indlæser…',
    notFound: 'Der er intet på denne adresse.',
    backToDecks: 'Tilbage til kortsættene',
  },
  errors: {
    storageUnavailable:
      'Din browser nægtede at åbne den lokale lagring ({{reason}}). Dine fremskridt kan ikke gemmes: forlad privat browsing, eller tillad webstedsdata, og genindlæs så.',
    quotaExceeded:
      'Din enhed har ikke mere lagerplads til dette websted. Frigør lidt plads (eller fjern andre webstedsdata), og prøv igen. Intet blev ændret.',
    loadDecks: 'De medfølgende kortsæt kunne ikke indlæses: {{reason}}',
    unexpected: 'Noget gik galt: {{reason}}',
    reload: 'Genindlæs',
  },
  decks: {
    title: 'Dine kortsæt',
    empty: 'Ingen kortsæt endnu.',
    cards_one: '{{count}} kort',
    cards_other: '{{count}} kort',
    study: 'Studér',
    open: 'Åbn',
    counts: { new: 'Nye', learning: 'Lærer', review: 'Forfaldne' },
    countsLabel: '{{new}} nye, {{learning}} under indlæring, {{review}} forfaldne i dag',
  },
  deck: {
    kind: {
      definition: 'Definition',
      highlight: 'Fremhævning',
      faq: 'FAQ',
      list: 'Liste',
      comparison: 'Sammenligning',
    },
  },
} as const satisfies Translation<Messages>;
