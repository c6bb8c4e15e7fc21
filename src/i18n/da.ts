import type { Messages } from './en.ts';
import type { Translation } from './translator.ts';

/**
 * Danish strings of the first page (navigation, the deck list, the deck screen, errors,
 * the update banner, document import). Terms follow Anki's Danish interface (see README).
 */
export const da = {
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
    deckFile: {
      notJson:
        '{{file}} er ikke en kortsætfil: det er ikke gyldig JSON (afkortet eller beskadiget?).',
      foreign: '{{file}} er ikke en kortsætfil fra Deckwright.',
      backup: '{{file}} er en sikkerhedskopi af en hel samling: importér den under Indstillinger.',
      damaged: '{{file}} er en beskadiget kortsætfil: {{path}} mangler eller er forkert.',
      tooLarge: '{{file}} er større end 20 MB, som er det største en kortsætfil må være.',
      update:
        '{{file}} er en version af “{{title}}”, som du har: {{added}} nye, {{updated}} ændrede, {{retired}} fjernede.',
      updated:
        '{{file}}: “{{title}}” opdateret ({{added}} nye, {{updated}} ændrede, {{retired}} fjernede).',
    },
    problem: {
      unsupported:
        '{{file}} er ikke et dokument, appen kan læse: brug Markdown (.md, .markdown), tekst (.txt) eller HTML (.html, .htm).',
      tooLarge:
        '{{file}} er større end 20 MB, som er det største et dokument må være. Del det op i mindre filer.',
      empty: '{{file}} er tom.',
      whitespace: '{{file}} indeholder kun mellemrum, ingen tekst.',
      binary: '{{file}} er ikke et tekstdokument (det indeholder binære data).',
      pdf: '{{file}} er en PDF: konvertér den først til tekst eller HTML.',
      word: '{{file}} er et Word-dokument (eller lignende): konvertér det først til tekst eller HTML.',
      navigationOnly:
        '{{file}} indeholder kun navigation (menuer, sidehoved, sidefod), ingen artikel at lave kort af.',
      noCards:
        '{{file}}: intet at lære fundet — ingen definitioner, fremhævninger, FAQ, lister eller sammenligningstabeller.',
    },
    update: {
      title: 'Opdatér kortsættet',
      fromFile: 'Opdatér fra en ny version af dokumentet',
      regenerate: 'Lav kortene igen',
      regenerateHint:
        'Laver kortene igen ud fra det gemte dokument ({{file}}), fx efter en opdatering af appen.',
      working: 'Laver kort…',
      summary: '{{file}}: {{added}} nye, {{updated}} ændrede, {{retired}} fjernede.',
      unchanged: '{{file}}: kortsættet passer allerede til dokumentet; intet at ændre.',
      rules:
        'Uændrede kort beholder deres historik; kort, du har redigeret, beholder din tekst; fjernede kort, du har studeret, suspenderes, de andre slettes.',
      apply: 'Anvend',
      done: 'Opdateret: {{added}} nye, {{updated}} ændrede, {{retired}} fjernede.',
    },
    preview: {
      heading: 'Tjek det nye kortsæt',
      file: 'Fra {{file}}',
      deckTitle: 'Kortsættets titel',
      language: 'Sprog',
      windows1252:
        'Filen er ikke UTF-8, så den blev læst som Windows-1252 (vesteuropæisk). Tjek, at bogstaver som æ, ø, é ser rigtige ud.',
      merged_one: '{{count}} gentaget kort blev slået sammen med et andet.',
      merged_other: '{{count}} gentagne kort blev slået sammen med andre.',
      selected: '{{selected}} af {{total}} kort bliver tilføjet.',
      include: 'Medtag “{{front}}”',
      edit: 'Redigér',
      editCard: 'Redigér “{{front}}”',
      front: 'Forside',
      back: 'Bagside',
      done: 'Færdig',
      showAll: 'Vis alle {{count}}',
      skipped: 'Fundet, men ikke lavet til kort ({{count}})',
      skip: {
        table:
          '“{{heading}}” (linje {{from}}–{{to}}): en tabel, men ikke en sammenligning i to kolonner.',
        list: '“{{heading}}” (linje {{from}}–{{to}}): en liste uden en indledende linje, der ender på “:”.',
        prose:
          '“{{heading}}” (linje {{from}}–{{to}}): kun løbende tekst — ingen definition, fremhævning, FAQ, liste eller sammenligningstabel.',
      },
      addDeck: 'Tilføj kortsæt',
      adding: 'Tilføjer…',
      discard: 'Kassér',
      noneSelected: 'Markér mindst ét kort for at tilføje kortsættet.',
    },
    table: {
      heading: 'Tjek kortene fra en liste',
      firstRowIsHeader: 'Den første række navngiver kolonnerne',
      front: 'Forside',
      back: 'Bagside',
      tags: 'Mærker',
      noTags: 'Ingen mærker',
      column: 'Kolonne {{number}}',
      namedColumn: 'Kolonne {{number}}: {{name}}',
      cards_one: '{{count}} kort bliver tilføjet.',
      cards_other: '{{count}} kort bliver tilføjet.',
      showing: 'De første {{shown}}:',
      none: 'Disse kolonner giver intet kort med både forside og bagside: vælg andre.',
      problem: {
        empty:
          '{{file}} indeholder ingen kort: der er ingen rækker (under overskriften). Intet blev gemt.',
        oneColumn:
          '{{file}} har kun én kolonne: en kortliste skal have en forside og en bagside i hver række, adskilt af komma, semikolon, tabulator eller |. Intet blev gemt.',
        unevenRows:
          '{{file}}: række {{row}} har {{fields}} felter, men den første række har {{expected}}. Ret filen (et skilletegn inde i et felt skal stå i anførselstegn), og tilføj den igen. Intet blev gemt.',
        unclosedQuote:
          '{{file}}: anførselstegnet, der åbnes i række {{row}}, lukkes aldrig (afkortet eller beskadiget?). Intet blev gemt.',
      },
    },
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
    notFound: 'Intet kortsæt med id’et “{{deckId}}”.',
    cardsTitle: 'Kort',
    language: 'Sprog: {{language}}',
    source: 'Kilde: {{file}}',
    kind: {
      definition: 'Definition',
      highlight: 'Fremhævning',
      faq: 'FAQ',
      list: 'Liste',
      comparison: 'Sammenligning',
    },
    front: 'Forside',
    back: 'Bagside',
    showMore: 'Vis flere kort',
    manage: {
      title: 'Administrér kortsættet',
      rename: 'Omdøb',
      exportCsv: 'Eksportér som CSV',
      newTitle: 'Ny titel',
      save: 'Gem titel',
      cancel: 'Annullér',
      titleRequired: 'Et kortsæt skal have en titel.',
      export: 'Eksportér kortsæt (.json)',
      delete: 'Slet kortsæt',
      confirm:
        'Slet “{{title}}”? Dets {{cards}} og {{reviews}} slettes for altid (en eksporteret sikkerhedskopi beholder dem).',
      reviews_one: '{{count}} gennemgang',
      reviews_other: '{{count}} gennemgange',
      confirmDelete: 'Slet for altid',
      failed: 'Intet blev ændret: {{reason}}',
    },
  },
  addCard: {
    open: 'Tilføj et kort',
    title: 'Tilføj et kort',
    deck: 'Tilføj til kortsæt',
    type: 'Korttype',
    basic: 'Basis (forside og bagside)',
    cloze: 'Cloze (skjul dele af en tekst)',
    front: 'Forside',
    back: 'Bagside',
    context: 'Kontekst (valgfri, vises med svaret)',
    text: 'Tekst',
    clozeHelp:
      'Skjul en del som {{cloze}}, eller som {{hinted}} for at vise et tip i stedet. Hvert nummer (c1, c2, …) giver ét kort; alle dele med samme nummer skjules sammen.',
    hintWord: 'tip',
    extra: 'Ekstra (valgfri, vises med svaret)',
    add: 'Tilføj',
    addNext: 'Tilføj og næste',
    close: 'Luk',
    added_one: 'Tilføjede {{count}} kort til “{{deck}}”.',
    added_other: 'Tilføjede {{count}} kort til “{{deck}}”.',
    failed: 'Intet blev tilføjet: {{reason}}',
    problem: {
      noFront: 'Et kort skal have en forside.',
      noBack: 'Et kort skal have en bagside.',
      noCloze: 'Teksten skjuler intet: markér en del som {{example}}.',
      unclosed: 'Cloze {{cloze}} er ikke lukket: afslut den med “}}”.',
      nested: 'Cloze {{cloze}} har en anden cloze indeni; clozes kan ikke ligge i hinanden.',
      empty: 'Cloze {{cloze}} er tom: skriv den tekst, der skal skjules, i den.',
      zero: 'Cloze-numre begynder ved c1.',
    },
  },
  options: {
    title: 'Indstillinger',
    newPerDay: 'Nye kort pr. dag',
    reviewsPerDay: 'Gennemgange pr. dag',
    desiredRetention: 'Ønsket hukommelse (0,70–0,99)',
    maximumIntervalDays: 'Maksimalt interval (dage)',
    learningSteps: 'Indlæringstrin',
    relearningSteps: 'Genindlæringstrin',
    stepsHint: 'fx 1m 10m 1d',
    nextDayStartsAt: 'Næste dag begynder kl. (time, 0–23)',
    save: 'Gem indstillinger',
    saved: 'Indstillingerne er gemt.',
    invalid: 'Nogle indstillinger er ikke gyldige; intet blev gemt.',
    error: {
      required: 'Angiv en værdi.',
      integer: 'Angiv et helt tal.',
      number: 'Angiv et tal.',
      boolean: 'Vælg ja eller nej.',
      list: 'Angiv en liste af trin.',
      parameters:
        'De tilpassede FSRS-parametre er beskadigede: der forventes 21 tal, en dato og et antal gennemgange.',
      range: 'Angiv en værdi fra {{min}} til {{max}}.',
      step: '“{{value}}” er ikke et trin: skriv et helt tal efterfulgt af m, h eller d, fx 10m.',
      tooManySteps: 'Brug højst {{max}} trin.',
    },
  },
} as const satisfies Translation<Messages>;
