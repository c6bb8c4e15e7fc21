/**
 * English strings of what adding a document shows once a file is read: refusals and their
 * reasons, the preview of a new deck, a card list's columns, and a deck's update (the deck page).
 * They load with the first document added and with the deck page, not with the first page.
 */
export const enImportScreen = {
  import: {
    deckFile: {
      notJson: '{{file}} is not a deck file: it is not valid JSON (cut off or damaged?).',
      foreign: '{{file}} is not a Deckwright deck file.',
      backup: '{{file}} is a backup of a whole collection: import it in Settings.',
      damaged: '{{file}} is a damaged deck file: {{path}} is missing or wrong.',
      tooLarge: '{{file}} is larger than 20 MB, the most a deck file may be.',
      update:
        '{{file}} is a version of “{{title}}”, which you have: {{added}} new, {{updated}} changed, {{retired}} removed.',
      updated:
        '{{file}}: “{{title}}” updated ({{added}} new, {{updated}} changed, {{retired}} removed).',
    },
    problem: {
      unsupported:
        '{{file}} is not a document this app reads: use Markdown (.md, .markdown), text (.txt) or HTML (.html, .htm).',
      tooLarge:
        '{{file}} is larger than 20 MB, the most a document may be. Split it into smaller files.',
      empty: '{{file}} is empty.',
      whitespace: '{{file}} holds only blank space, no text.',
      binary: '{{file}} is not a text document (it holds binary data).',
      pdf: '{{file}} is a PDF: convert it to text or HTML first.',
      word: '{{file}} is a Word (or similar) document: convert it to text or HTML first.',
      navigationOnly:
        '{{file}} has only navigation (menus, header, footer), no article to make cards from.',
      noCards:
        '{{file}}: nothing to learn found — no definitions, highlights, FAQ, lists or comparison tables.',
    },
    update: {
      title: 'Update the deck',
      fromFile: 'Update from a new version of its document',
      regenerate: 'Regenerate',
      regenerateHint:
        'Makes the cards again from the stored document ({{file}}), e.g. after an app update.',
      working: 'Making cards…',
      summary: '{{file}}: {{added}} new, {{updated}} changed, {{retired}} removed.',
      unchanged: '{{file}}: the deck already matches this document; nothing to change.',
      rules:
        'Unchanged cards keep their history; cards you edited keep your text; removed cards you studied are suspended, the others deleted.',
      apply: 'Apply',
      done: 'Updated: {{added}} new, {{updated}} changed, {{retired}} removed.',
    },
    preview: {
      heading: 'Check the new deck',
      file: 'From {{file}}',
      deckTitle: 'Deck title',
      language: 'Language',
      windows1252:
        'This file is not UTF-8, so it was read as Windows-1252 (Western European). Check that letters such as æ, ø, é look right.',
      merged_one: '{{count}} repeated card was merged into another.',
      merged_other: '{{count}} repeated cards were merged into others.',
      selected: '{{selected}} of {{total}} cards will be added.',
      include: 'Include “{{front}}”',
      edit: 'Edit',
      editCard: 'Edit “{{front}}”',
      front: 'Front',
      back: 'Back',
      done: 'Done',
      showAll: 'Show all {{count}}',
      skipped: 'Found but not turned into cards ({{count}})',
      skip: {
        table: '“{{heading}}” (lines {{from}}–{{to}}): a table, but not a two-column comparison.',
        list: '“{{heading}}” (lines {{from}}–{{to}}): a list whose items gave no card (no lead-in line introduces them, and they are not written as “Label: explanation”).',
        prose:
          '“{{heading}}” (lines {{from}}–{{to}}): only prose — no definition, highlight, FAQ, list or comparison table.',
      },
      addDeck: 'Add deck',
      adding: 'Adding…',
      discard: 'Discard',
      noneSelected: 'Tick at least one card to add the deck.',
    },
    table: {
      heading: 'Check the cards from a list',
      firstRowIsHeader: 'The first row names the columns',
      front: 'Front',
      back: 'Back',
      tags: 'Tags',
      noTags: 'No tags',
      column: 'Column {{number}}',
      namedColumn: 'Column {{number}}: {{name}}',
      cards_one: '{{count}} card will be added.',
      cards_other: '{{count}} cards will be added.',
      showing: 'The first {{shown}}:',
      none: 'These columns give no card with both a front and a back: choose others.',
      problem: {
        empty: '{{file}} holds no cards: there are no rows (under its header). Nothing was stored.',
        oneColumn:
          '{{file}} has one column: a card list needs a front and a back on each row, separated by a comma, semicolon, tab or |. Nothing was stored.',
        unevenRows:
          '{{file}}: row {{row}} has {{fields}} fields, but the first row has {{expected}}. Fix the file (a separator inside a field needs quotes) and add it again. Nothing was stored.',
        unclosedQuote:
          '{{file}}: the quote opened in row {{row}} is never closed (cut off or damaged?). Nothing was stored.',
      },
    },
  },
} as const;
