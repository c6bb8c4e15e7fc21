/**
 * English strings of the Settings screen, used only there. They load with the screen's own chunk
 * (its page adds them with `i18n.addMessages`), not with the first page; strings shown elsewhere
 * too (navigation, links from other screens) stay in `en-settings.ts`.
 */
export const enSettingsScreen = {
  settings: {
    title: 'Settings',
    language: {
      title: 'Language',
      label: 'Language of the app',
      hint: 'Until you choose one, the app follows your browser’s languages.',
      failed: 'The language could not be changed: {{reason}}',
    },
    storage: {
      title: 'Storage on this device',
      usage: '{{usage}} used of {{quota}} this site may use.',
      usageUnknown: 'This browser does not say how much storage the app uses.',
      persisted: 'Stored persistently: the browser will not delete your data to free up space.',
      notPersisted:
        'Not stored persistently: the browser may delete your data when the device runs low on space. Export a backup now and then.',
      persistUnknown:
        'This browser cannot keep site data persistently. Export a backup now and then.',
      persist: 'Keep my data persistently',
      persistDenied:
        'The browser did not agree to keep the data persistently. Installing the app, or using it more often, can change that; until then, export backups.',
    },
    backup: {
      title: 'Backup',
      intro:
        'A backup file holds your whole collection: decks and their options, cards with their scheduling, the review history, quiz history and settings.',
      export: 'Export backup',
      exporting: 'Preparing the backup…',
      exported: 'Backup saved as {{file}}.',
      importTitle: 'Import a backup',
      choose: 'Backup file',
      checking: 'Checking the file…',
      summary:
        '{{file}}: a backup made on {{date}} by version {{appVersion}}. Decks: {{decks}}, cards: {{cards}}, reviews: {{reviews}}, quizzes: {{quizzes}}.',
      replace: 'Replace',
      replaceHint: 'Your collection becomes exactly what the backup holds.',
      confirmReplace:
        'Your cards ({{cards}}) and reviews ({{reviews}}) will be replaced by the backup’s cards ({{backupCards}}) and reviews ({{backupReviews}}).',
      snapshotFirst:
        'A snapshot of your collection is kept first: you can restore it here, or later under “Automatic snapshots”.',
      noSnapshot:
        'Your collection has too many reviews for a snapshot, so nothing keeps it: export a backup first if you may want it back.',
      confirmReplaceButton: 'Yes, replace it',
      replaceSynced:
        'Sync is set up: at the next sync the backup’s cards, decks and reviews go to your other devices, but nothing is deleted there. What the backup does not have (cards, decks or reviews added since) comes back here from the server.',
      keptBefore: 'Your collection from before the import was kept as a snapshot.',
      restoreBefore: 'Restore the collection from before',
      merge: 'Merge',
      mergeHint:
        'Adds what the backup has and this device lacks; each card keeps its most recently reviewed state, and no review is counted twice.',
      cancel: 'Cancel',
      importing: 'Importing…',
      replaced:
        'Backup imported; your collection was replaced. Cards: {{cards}}, reviews: {{reviews}}.',
      merged:
        'Backup merged. Records added: {{added}}, cards updated to a newer state: {{updated}}.',
      refused: 'This file was not imported, and nothing was changed. {{reason}}',
      failed: 'The import failed, and nothing was changed. {{reason}}',
    },
    problem: {
      empty: 'The file is empty.',
      truncated:
        'The file ends too early: it was cut off, perhaps by an interrupted download or copy. Use a complete copy of the backup.',
      notJson: 'The file is not a backup: it is not valid JSON ({{detail}}).',
      foreign: 'The file is not a Deckwright backup.',
      newerFormat:
        'The backup was made by a newer version of Deckwright (backup format {{formatVersion}}). Update the app, then import it.',
      newerSchema:
        'The backup was made by a newer version of Deckwright (database version {{schemaVersion}}). Update the app, then import it.',
      invalidHeader: 'The backup’s header is damaged at “{{path}}”.',
      unknownTable: 'The backup contains “{{table}}”, which this version of the app does not know.',
      countMismatch:
        'The backup should hold {{expected}} records in “{{table}}” but holds {{actual}}: it is incomplete or was edited.',
      invalidRecord:
        'Record {{position}} of “{{table}}” is not valid: “{{path}}” should be {{expected}} but is {{received}}.',
      missingField: 'Record {{position}} of “{{table}}” is not valid: “{{path}}” is missing.',
      duplicateKey: '“{{table}}” holds two records with the key {{key}}.',
      missingReference:
        'Record {{position}} of “{{table}}” points at {{parent}} “{{value}}”, which the backup does not contain.',
      checksumMismatch:
        'The backup’s content does not match its checksum: the file was damaged or edited after it was written.',
      futureDate:
        'Record {{position}} of “{{table}}” has “{{field}}” at {{value}}, which is in the future: the clock of the device that wrote it was wrong, or the file was edited.',
      damagedMedia:
        'The picture or sound “{{name}}” (record {{position}} of “media”) is damaged: its contents cannot be read as the file it should be.',
      wrongDeck:
        'Review {{position}} of card “{{cardId}}” is filed under deck “{{deckId}}”, which is not its card’s deck.',
    },
    check: {
      title: 'Check database',
      intro:
        'Checks every card against its review history, removes records that belong to nothing (reviews of deleted cards, cards of deleted decks), and rebuilds the statistics. Run it when something looks wrong; a sound collection is left as it is.',
      run: 'Check database',
      checking: 'Checking the database…',
      reportLabel: 'Database check report',
      checked_one: '{{count}} card checked.',
      checked_other: '{{count}} cards checked.',
      sound: 'No problems found.',
      cardsRepaired_one:
        '{{count}} card disagreed with its review history and was set to the state its answers give.',
      cardsRepaired_other:
        '{{count}} cards disagreed with their review history and were set to the state their answers give.',
      queuesFixed_one: '{{count}} card was in the wrong study queue and was put back in its own.',
      queuesFixed_other:
        '{{count}} cards were in the wrong study queue and were put back in their own.',
      orphanReviews_one: '{{count}} review of a card that no longer exists was removed.',
      orphanReviews_other: '{{count}} reviews of cards that no longer exist were removed.',
      orphanCards_one: '{{count}} card of a deck that no longer exists was removed.',
      orphanCards_other: '{{count}} cards of decks that no longer exist were removed.',
      orphanUndo_one: '{{count}} undo step that pointed at nothing was removed.',
      orphanUndo_other: '{{count}} undo steps that pointed at nothing were removed.',
      closedTabSteps_one: '{{count}} undo step of a tab that was closed was removed.',
      closedTabSteps_other: '{{count}} undo steps of tabs that were closed were removed.',
      orphanQuizAnswers_one: '{{count}} quiz answer of a quiz that no longer exists was removed.',
      orphanQuizAnswers_other:
        '{{count}} quiz answers of quizzes that no longer exist were removed.',
      orphanMedia_one: '{{count}} media file no card shows any more was removed.',
      orphanMedia_other: '{{count}} media files no card shows any more were removed.',
      summariesFixed_one: '{{count}} statistics record was out of step and was rebuilt.',
      summariesFixed_other: '{{count}} statistics records were out of step and were rebuilt.',
      failed: 'The check failed, and nothing was changed. {{reason}}',
    },
    snapshots: {
      title: 'Automatic snapshots',
      intro:
        'Once a day the app keeps a copy of your collection on this device, and keeps the last {{count}}. They undo a mistake (a wrong import, say), not a lost device: only an exported backup protects against that.',
      tooLarge:
        'Collections of more than {{count}} reviews are not copied automatically (each copy would take minutes and hundreds of megabytes): export a backup instead.',
      empty: 'No snapshot yet: one is taken each day you open the app once you have studied.',
      item: '{{date}} (cards: {{cards}}, reviews: {{reviews}})',
      itemBeforeReplace: '{{date}}, before a Replace (cards: {{cards}}, reviews: {{reviews}})',
      restore: 'Restore',
      restoreLabel: 'Restore the snapshot of {{date}}',
      confirm:
        'Replace your whole collection with the snapshot of {{date}}? What you did since then is lost unless you export a backup first.',
      confirmRestore: 'Yes, restore it',
      restored: 'The snapshot of {{date}} was restored.',
    },
    sync: {
      title: 'Sync',
      intro:
        'Keep this collection in step with your other devices through a CouchDB server: every answer from every device is kept, and each card’s schedule follows from all of them.',
      server: 'Server',
      database: 'Database',
      user: 'User',
      password: 'Password',
      passwordHint: 'Kept for this browser tab only, never stored or backed up.',
      continuous: 'Sync by itself while online',
      save: 'Save',
      syncNow: 'Sync now',
      syncing: 'Syncing…',
      progress: {
        checking: 'Connecting…',
        sending: 'Sending changes ({{done}})…',
        receiving: 'Receiving changes…',
        applying: 'Applying changes ({{done}})…',
        receivingOf: 'Receiving changes: {{done}} of {{total}}…',
        applyingOf: 'Applying changes: {{done}} of {{total}}…',
        derivingOf: 'Working out card schedules: {{done}} of {{total}}…',
      },
      never: 'Not synced yet.',
      lastSync: 'Last sync: {{date}}.',
      waiting_one: '{{count}} change waiting to be sent.',
      waiting_other: '{{count}} changes waiting to be sent.',
      needPassword: 'Enter the password to sync.',
      incomplete: 'Fill in server, database and user.',
      error: {
        unreachable:
          'The server could not be reached, or it does not let this app connect. Check the address, your connection and the server’s CORS settings (they must allow this app’s address); sync goes on from where it stopped.',
        wrongPassword: 'The server refused the user name or password.',
        notCouch: 'The address answers, but not as a CouchDB server.',
        otherApp: 'This database holds another app’s data. Choose another database name.',
        noDatabase:
          'The database does not exist and this user may not create it. Ask the server’s administrator, or choose another name.',
        badAddress: 'The server address must start with http:// or https://.',
        serverFull:
          'The server’s storage is full, so it could not keep the changes sent. Nothing was lost on this device: they are still waiting to be sent. Ask the server’s administrator to free space, then sync again.',
        diskFull:
          'This device’s storage is full, so the changes that arrived could not be stored. Nothing was half-applied. Free some space (delete decks or other sites’ data) and sync again: it goes on from where it stopped.',
        failed: 'Sync failed: {{reason}}',
      },
    },
  },
} as const;
