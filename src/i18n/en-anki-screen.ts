/**
 * English strings of an Anki package import: the preview and the refusals. They load with the
 * import's chunk (`loadScreenMessages('anki')`, when the first package is added), not with the
 * first page.
 */
export const enAnkiScreen = {
  ankiImport: {
    heading: 'Check the Anki package',
    totals:
      'Cards: {{cards}} ({{new}} new, {{suspended}} suspended, {{buried}} buried). Reviews: {{reviews}}.',
    decks: 'Decks',
    deck: '{{title}} — cards: {{cards}}, reviews: {{reviews}}',
    deckOptions:
      'Options from Anki: new cards per day {{newPerDay}}, reviews per day {{reviewsPerDay}}, desired retention {{retention}}',
    deckSteps:
      'Learning steps: {{learning}}; relearning steps: {{relearning}}; maximum interval (days): {{days}}',
    noSteps: 'none',
    fsrsImported:
      'FSRS parameters from Anki: this deck is scheduled with them, and its history is replayed with them and these options.',
    fsrsIgnored:
      'Anki’s FSRS parameters for this deck are not ones this app’s FSRS can use (wrong number or a value out of range): they are left out, and FSRS’s defaults are used.',
    noteTypes: 'Note types',
    noteType: '{{name}} — notes: {{notes}}, cards: {{cards}}',
    clozeNoteType: '{{name}} (cloze) — notes: {{notes}}, cards: {{cards}}',
    leftOut: 'Left out',
    skipped: {
      missingNote: 'Cards whose note or note type is missing from the package: {{number}}',
      imageOcclusion:
        'Image Occlusion cards (masks over an image, which this app cannot show): {{number}}',
      emptyFront: 'Cards whose question is empty here (only a sound, say): {{number}}',
      manualEntries:
        'Review-log entries that are not answers (rescheduled, due date set, forgotten): {{number}}',
      resetAnswers: 'Answers of cards forgotten in Anki, which come in as new: {{number}}',
      orphanReviews: 'Review-log entries of cards that are not imported: {{number}}',
    },
    mediaHeading: 'Media',
    mediaStored:
      'Pictures stored and shown on the cards: {{images}}. Other files stored and listed on the card: {{files}} (sounds in MP3, Ogg, WAV or M4A play when you start them; SVG drawings and other files are never played or shown).',
    mediaMissing:
      'Files the cards name that the package does not hold (the card says the image is missing): {{number}} — {{names}}',
    mediaUnused: 'Media files no imported card uses: {{number}} — {{names}}',
    namesMore: '{{names}} and {{more}} more',
    import: 'Import',
    importing: 'Importing…',
    progress: 'Import progress',
    problem: {
      notZip: '{{file}} is not an Anki package: it is not a zip file. Nothing was stored.',
      damaged: '{{file}} is damaged or cut off: its {{part}} cannot be read. Nothing was stored.',
      notAnki:
        '{{file}} is a zip file but not an Anki package: it holds no collection (collection.anki2, .anki21 or .anki21b). Nothing was stored.',
      unknownSchema:
        '{{file}} holds an Anki collection of schema {{version}}, which this app cannot read (it reads 11 and 15–18): export it again from a current Anki. Nothing was stored.',
      noNotes: '{{file}} holds no notes: there is nothing to import. Nothing was stored.',
    },
  },
} as const;
