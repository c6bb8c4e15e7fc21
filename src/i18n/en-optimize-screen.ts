/**
 * English strings of a deck's FSRS parameters panel ("Optimize", "Evaluate"). They load with the
 * deck page's chunk (the panel adds them with `i18n.addMessages`), not with the first page.
 */
export const enOptimizeScreen = {
  optimize: {
    title: 'FSRS parameters',
    defaults: 'This deck uses FSRS’s default parameters.',
    fitted_one: 'Fitted to your reviews on {{date}} ({{count}} review).',
    fitted_other: 'Fitted to your reviews on {{date}} ({{count}} reviews).',
    suggest: {
      neverFitted: 'Optimizing fits FSRS to how you remember this deck’s cards.',
      monthOld: 'They were fitted 30 days ago or more: optimizing again is suggested.',
      reviewsDoubled:
        'The deck has twice the reviews they were fitted on: optimizing again is suggested.',
    },
    optimize: 'Optimize',
    evaluate: 'Evaluate',
    cancel: 'Cancel',
    progress: 'Optimizer progress',
    stage: {
      reading: 'Step 1 of 3: reading the review history…',
      preparing: 'Step 2 of 3: preparing the reviews…',
      fitting: 'Step 3 of 3: fitting the parameters (the page stays usable)…',
    },
    fittingDone: 'Step 3 of 3: fitting the parameters, {{percent}} done (the page stays usable)…',
    cancelled: 'Cancelled; nothing changed.',
    failed: 'The optimizer failed: {{message}}',
    unsupported: {
      noWorker: 'This browser cannot run the optimizer: it has no Web Workers.',
      noSharedMemory:
        'This browser runs the optimizer (WebAssembly with shared memory) only on cross-origin isolated pages, which this page is not yet. Once the app is ready to work offline, reload the page: it then opens isolated.',
    },
    tooFew:
      '{{items}} of this deck’s reviews can be predicted (answers a day or more after the card’s previous one); FSRS needs at least {{needed}}. The parameters stay as they are.',
    initialOnly:
      'With {{items}} predictable reviews only the initial stabilities were fitted; a full fit needs {{needed}}.',
    improved:
      'The new parameters predict your reviews better; the scheduler uses them from now on.',
    notImproved: 'The new parameters do not predict your reviews better; the current ones stay.',
    evaluated: 'How well the current parameters predict this deck’s {{count}} reviews:',
    figures: 'Log loss and RMSE on the same history (lower is better)',
    parameters: 'Parameters',
    logLoss: 'Log loss',
    rmse: 'RMSE (bins)',
    current: 'Current',
    candidate: 'New',
  },
  ankiExport: {
    button: 'Export as Anki package (.apkg)',
    running: 'Preparing the Anki package…',
    cancel: 'Cancel',
    cancelled: 'Export cancelled.',
    emptyDeck: 'This deck has no cards, so there is no Anki package to export.',
    failed: 'The Anki package could not be made: {{message}}',
  },
};
