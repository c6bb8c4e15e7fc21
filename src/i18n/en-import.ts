/**
 * English strings of "Add a document" on the deck list: its controls and the progress of each
 * file. What shows once a file is read (refusals, the preview, a deck's update) is in
 * `en-import-screen.ts`, loaded with the first document added and with the deck page.
 */
export const enImport = {
  import: {
    add: 'Add a document',
    hint: 'Markdown (.md), text (.txt) or HTML (.html) files, up to 20 MB, a deck someone shared (.json), or a card list (CSV or TSV from a spreadsheet, Anki’s or Quizlet’s text export), or an Anki package (.apkg, .colpkg): pick them, or drop them anywhere on this page.',
    paste: 'Paste text',
    pasteTitle: 'Title',
    pasteText: 'Text',
    pasteSubmit: 'Make cards',
    cancel: 'Cancel',
    dropHere: 'Drop documents here to make decks of them',
    reading: '{{file}}: reading…',
    generating: '{{file}}: making cards…',
    added: '{{file}}: added as “{{title}}”.',
    openDeck: 'Open the deck',
    dismiss: 'Dismiss',
    failed: '{{file}}: {{message}} Nothing was stored.',
  },
} as const;
