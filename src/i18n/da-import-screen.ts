import type { enImportScreen } from './en-import-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of a document's messages, preview and update (see `en-import-screen.ts`). */
export const daImportScreen = {
  import: {
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
        list: '“{{heading}}” (linje {{from}}–{{to}}): en liste, hvis punkter ikke gav noget kort (ingen indledende linje præsenterer dem, og de er ikke skrevet som “Betegnelse: forklaring”).',
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
} as const satisfies Translation<typeof enImportScreen>;
