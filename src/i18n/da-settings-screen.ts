import type { enSettingsScreen } from './en-settings-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of the Settings screen (see `en-settings-screen.ts`). */
export const daSettingsScreen = {
  settings: {
    title: 'Indstillinger',
    language: {
      title: 'Sprog',
      label: 'Appens sprog',
      hint: 'Indtil du vælger et, følger appen din browsers sprog.',
      failed: 'Sproget kunne ikke skiftes: {{reason}}',
    },
    storage: {
      title: 'Lagring på denne enhed',
      usage: '{{usage}} brugt af de {{quota}}, som dette websted må bruge.',
      usageUnknown: 'Denne browser oplyser ikke, hvor meget lagerplads appen bruger.',
      persisted: 'Gemt permanent: browseren sletter ikke dine data for at frigøre plads.',
      notPersisted:
        'Ikke gemt permanent: browseren kan slette dine data, når enheden mangler plads. Eksportér en sikkerhedskopi med jævne mellemrum.',
      persistUnknown:
        'Denne browser kan ikke gemme webstedsdata permanent. Eksportér en sikkerhedskopi med jævne mellemrum.',
      persist: 'Gem mine data permanent',
      persistDenied:
        'Browseren ville ikke gemme dataene permanent. Det kan ændre sig, hvis du installerer appen eller bruger den oftere; eksportér sikkerhedskopier indtil da.',
    },
    backup: {
      title: 'Sikkerhedskopi',
      intro:
        'En sikkerhedskopi indeholder hele din samling: kortsæt og deres indstillinger, kort med deres planlægning, gennemgangshistorikken, quizhistorikken og indstillingerne.',
      export: 'Eksportér sikkerhedskopi',
      exporting: 'Forbereder sikkerhedskopien…',
      exported: 'Sikkerhedskopien er gemt som {{file}}.',
      importTitle: 'Importér en sikkerhedskopi',
      choose: 'Sikkerhedskopifil',
      checking: 'Tjekker filen…',
      summary:
        '{{file}}: en sikkerhedskopi lavet {{date}} af version {{appVersion}}. Kortsæt: {{decks}}, kort: {{cards}}, gennemgange: {{reviews}}, quizzer: {{quizzes}}.',
      replace: 'Erstat',
      replaceHint: 'Din samling bliver præcis det, sikkerhedskopien indeholder.',
      confirmReplace:
        'Dine kort ({{cards}}) og gennemgange ({{reviews}}) erstattes af sikkerhedskopiens kort ({{backupCards}}) og gennemgange ({{backupReviews}}).',
      snapshotFirst:
        'Der gemmes først et øjebliksbillede af din samling: du kan gendanne det her eller senere under “Automatiske øjebliksbilleder”.',
      noSnapshot:
        'Din samling har for mange gennemgange til et øjebliksbillede, så intet gemmer den: eksportér først en sikkerhedskopi, hvis du måske vil have den tilbage.',
      confirmReplaceButton: 'Ja, erstat den',
      replaceSynced:
        'Synkronisering er sat op: ved næste synkronisering sendes sikkerhedskopiens kort, kortsæt og gennemgange til dine andre enheder, men intet slettes der. Det, sikkerhedskopien ikke har (kort, kortsæt eller gennemgange tilføjet siden), kommer tilbage hertil fra serveren.',
      keptBefore: 'Din samling fra før importen blev gemt som et øjebliksbillede.',
      restoreBefore: 'Gendan samlingen fra før',
      merge: 'Flet',
      mergeHint:
        'Tilføjer det, sikkerhedskopien har og denne enhed mangler; hvert kort beholder sin senest gennemgåede tilstand, og ingen gennemgang tælles to gange.',
      cancel: 'Annullér',
      importing: 'Importerer…',
      replaced:
        'Sikkerhedskopien er importeret; din samling blev erstattet. Kort: {{cards}}, gennemgange: {{reviews}}.',
      merged:
        'Sikkerhedskopien er flettet ind. Tilføjede poster: {{added}}, kort opdateret til en nyere tilstand: {{updated}}.',
      refused: 'Filen blev ikke importeret, og intet blev ændret. {{reason}}',
      failed: 'Importen mislykkedes, og intet blev ændret. {{reason}}',
    },
    problem: {
      empty: 'Filen er tom.',
      truncated:
        'Filen slutter for tidligt: den er blevet afkortet, måske af en afbrudt download eller kopiering. Brug en komplet kopi af sikkerhedskopien.',
      notJson: 'Filen er ikke en sikkerhedskopi: det er ikke gyldig JSON ({{detail}}).',
      foreign: 'Filen er ikke en sikkerhedskopi fra Deckwright.',
      newerFormat:
        'Sikkerhedskopien er lavet af en nyere version af Deckwright (sikkerhedskopiformat {{formatVersion}}). Opdatér appen, og importér den så.',
      newerSchema:
        'Sikkerhedskopien er lavet af en nyere version af Deckwright (databaseversion {{schemaVersion}}). Opdatér appen, og importér den så.',
      invalidHeader: 'Sikkerhedskopiens hoved er beskadiget ved “{{path}}”.',
      unknownTable:
        'Sikkerhedskopien indeholder “{{table}}”, som denne version af appen ikke kender.',
      countMismatch:
        'Sikkerhedskopien burde have {{expected}} poster i “{{table}}”, men har {{actual}}: den er ufuldstændig eller redigeret.',
      invalidRecord:
        'Post {{position}} i “{{table}}” er ikke gyldig: “{{path}}” skulle være {{expected}}, men er {{received}}.',
      missingField: 'Post {{position}} i “{{table}}” er ikke gyldig: “{{path}}” mangler.',
      duplicateKey: '“{{table}}” har to poster med nøglen {{key}}.',
      missingReference:
        'Post {{position}} i “{{table}}” peger på {{parent}} “{{value}}”, som sikkerhedskopien ikke indeholder.',
      checksumMismatch:
        'Sikkerhedskopiens indhold passer ikke til dens kontrolsum: filen er blevet beskadiget eller redigeret, efter at den blev skrevet.',
      futureDate:
        'Post {{position}} i “{{table}}” har “{{field}}” sat til {{value}}, som ligger i fremtiden: uret på enheden, der skrev den, gik forkert, eller filen er redigeret.',
      damagedMedia:
        'Billedet eller lyden “{{name}}” (post {{position}} i “media”) er beskadiget: indholdet kan ikke læses som den fil, det skulle være.',
      wrongDeck:
        'Gennemgang {{position}} af kortet “{{cardId}}” ligger under kortsættet “{{deckId}}”, som ikke er kortets kortsæt.',
    },
    check: {
      title: 'Tjek databasen',
      intro:
        'Sammenholder hvert kort med dets gennemgangshistorik, fjerner poster, der ikke hører til noget (gennemgange af slettede kort, kort fra slettede kortsæt), og genopbygger statistikken. Kør det, når noget ser forkert ud; en sund samling bliver, som den er.',
      run: 'Tjek databasen',
      checking: 'Tjekker databasen…',
      reportLabel: 'Rapport fra databasetjek',
      checked_one: '{{count}} kort tjekket.',
      checked_other: '{{count}} kort tjekket.',
      sound: 'Ingen problemer fundet.',
      cardsRepaired_one:
        '{{count}} kort stemte ikke med sin gennemgangshistorik og blev sat til den tilstand, svarene giver.',
      cardsRepaired_other:
        '{{count}} kort stemte ikke med deres gennemgangshistorik og blev sat til den tilstand, svarene giver.',
      queuesFixed_one: '{{count}} kort lå i den forkerte studiekø og blev lagt tilbage i sin egen.',
      queuesFixed_other:
        '{{count}} kort lå i den forkerte studiekø og blev lagt tilbage i deres egen.',
      orphanReviews_one: '{{count}} gennemgang af et kort, der ikke findes længere, blev fjernet.',
      orphanReviews_other: '{{count}} gennemgange af kort, der ikke findes længere, blev fjernet.',
      orphanCards_one: '{{count}} kort fra et kortsæt, der ikke findes længere, blev fjernet.',
      orphanCards_other: '{{count}} kort fra kortsæt, der ikke findes længere, blev fjernet.',
      orphanUndo_one: '{{count}} fortrydelsestrin, der pegede på ingenting, blev fjernet.',
      orphanUndo_other: '{{count}} fortrydelsestrin, der pegede på ingenting, blev fjernet.',
      closedTabSteps_one: '{{count}} fortrydelsestrin fra en lukket fane blev fjernet.',
      closedTabSteps_other: '{{count}} fortrydelsestrin fra lukkede faner blev fjernet.',
      orphanQuizAnswers_one:
        '{{count}} quizsvar fra en quiz, der ikke findes længere, blev fjernet.',
      orphanQuizAnswers_other:
        '{{count}} quizsvar fra quizzer, der ikke findes længere, blev fjernet.',
      orphanMedia_one: '{{count}} mediefil, som intet kort længere viser, blev fjernet.',
      orphanMedia_other: '{{count}} mediefiler, som intet kort længere viser, blev fjernet.',
      summariesFixed_one: '{{count}} statistikpost var ude af trit og blev genopbygget.',
      summariesFixed_other: '{{count}} statistikposter var ude af trit og blev genopbygget.',
      failed: 'Tjekket mislykkedes, og intet blev ændret. {{reason}}',
    },
    snapshots: {
      title: 'Automatiske øjebliksbilleder',
      intro:
        'En gang om dagen gemmer appen en kopi af din samling på denne enhed og beholder de seneste {{count}}. De kan rette en fejl (fx en forkert import), ikke en mistet enhed: kun en eksporteret sikkerhedskopi beskytter mod det.',
      tooLarge:
        'Samlinger med mere end {{count}} gennemgange kopieres ikke automatisk (hver kopi ville tage minutter og hundredvis af megabyte): eksportér en sikkerhedskopi i stedet.',
      empty:
        'Intet øjebliksbillede endnu: der tages et hver dag, du åbner appen, når du først har studeret.',
      item: '{{date}} (kort: {{cards}}, gennemgange: {{reviews}})',
      itemBeforeReplace: '{{date}}, før en Erstat (kort: {{cards}}, gennemgange: {{reviews}})',
      restore: 'Gendan',
      restoreLabel: 'Gendan øjebliksbilledet fra {{date}}',
      confirm:
        'Erstat hele din samling med øjebliksbilledet fra {{date}}? Det, du har lavet siden, går tabt, medmindre du først eksporterer en sikkerhedskopi.',
      confirmRestore: 'Ja, gendan det',
      restored: 'Øjebliksbilledet fra {{date}} blev gendannet.',
    },
    sync: {
      title: 'Synkronisering',
      intro:
        'Hold denne samling i takt med dine andre enheder via en CouchDB-server: hvert svar fra hver enhed bevares, og hvert korts plan følger af dem alle.',
      server: 'Server',
      database: 'Database',
      user: 'Bruger',
      password: 'Adgangskode',
      passwordHint: 'Gemmes kun i denne browserfane, aldrig på disken eller i en sikkerhedskopi.',
      continuous: 'Synkroniser af sig selv, når der er forbindelse',
      save: 'Gem',
      syncNow: 'Synkroniser nu',
      syncing: 'Synkroniserer…',
      progress: {
        checking: 'Forbinder…',
        sending: 'Sender ændringer ({{done}})…',
        receiving: 'Modtager ændringer…',
        applying: 'Indlæser ændringer ({{done}})…',
        receivingOf: 'Modtager ændringer: {{done}} af {{total}}…',
        applyingOf: 'Indlæser ændringer: {{done}} af {{total}}…',
        derivingOf: 'Beregner kortenes planlægning: {{done}} af {{total}}…',
      },
      never: 'Ikke synkroniseret endnu.',
      lastSync: 'Sidste synkronisering: {{date}}.',
      waiting_one: '{{count}} ændring venter på at blive sendt.',
      waiting_other: '{{count}} ændringer venter på at blive sendt.',
      needPassword: 'Skriv adgangskoden for at synkronisere.',
      incomplete: 'Udfyld server, database og bruger.',
      error: {
        unreachable:
          'Serveren kunne ikke nås, eller den lader ikke denne app forbinde. Tjek adressen, din forbindelse og serverens CORS-indstillinger (de skal tillade denne apps adresse); synkroniseringen fortsætter, hvor den slap.',
        wrongPassword: 'Serveren afviste brugernavnet eller adgangskoden.',
        serverFull:
          'Serverens lager er fuldt, så den kunne ikke gemme de ændringer, der blev sendt. Intet gik tabt på denne enhed: ændringerne venter stadig på at blive sendt. Bed serverens administrator om at frigøre plads, og synkroniser igen.',
        diskFull:
          'Enhedens lager er fuldt, så de ændringer, der kom ind, kunne ikke gemmes. Intet blev gemt halvt. Frigør plads (slet kortsæt eller andre websteders data), og synkroniser igen; synkroniseringen fortsætter, hvor den slap.',
        notCouch: 'Adressen svarer, men ikke som en CouchDB-server.',
        otherApp: 'Denne database indeholder en anden apps data. Vælg et andet databasenavn.',
        noDatabase:
          'Databasen findes ikke, og denne bruger må ikke oprette den. Spørg serverens administrator, eller vælg et andet navn.',
        badAddress: 'Serverens adresse skal begynde med http:// eller https://.',
        failed: 'Synkroniseringen mislykkedes: {{reason}}',
      },
    },
  },
} as const satisfies Translation<typeof enSettingsScreen>;
