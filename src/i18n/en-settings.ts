/**
 * English strings of Settings shown outside it (navigation), the update prompt, the crash screen
 * and storage errors. The Settings screen's own strings (storage, backups, snapshots) are in
 * `en-settings-screen.ts`, loaded with it.
 */
export const enSettings = {
  settings: {
    nav: 'Settings',
  },
  pwa: {
    offlineReady: 'Deckwright is ready to work offline.',
    updateReady:
      'A new version of Deckwright is ready. Your answers are already saved: reload when it suits you.',
    updatedElsewhere:
      'Deckwright was updated in another tab. Reload this tab when it suits you; your answers are saved.',
    reload: 'Reload',
    later: 'Later',
    close: 'Close',
  },
  crash: {
    title: 'This screen stopped working',
    body: 'Your study data is kept in this browser. To be safe, export a backup, then reload.',
    export: 'Export backup',
    exported: 'Backup saved as {{file}}.',
    exportFailed: 'The backup could not be made: {{reason}}',
    reload: 'Reload',
  },
  storageErrors: {
    versionChanged:
      'A newer version of Deckwright is open in another tab. Reload this tab to continue with it.',
    databaseClosed:
      'The connection to local storage was closed (perhaps by an update in another tab). Reload to continue.',
    invalidData:
      'A record could not be stored because it is not valid ({{reason}}). Nothing was changed; export a backup from Settings and report the problem.',
  },
} as const;
