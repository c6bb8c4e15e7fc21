import type { enAnkiScreen } from './en-anki-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of an Anki package import (see `en-anki-screen.ts`). */
export const daAnkiScreen = {
  ankiImport: {
    heading: 'Tjek Anki-pakken',
    totals:
      'Kort: {{cards}} ({{new}} nye, {{suspended}} suspenderede, {{buried}} begravede). Gennemgange: {{reviews}}.',
    decks: 'Kortsæt',
    deck: '{{title}} — kort: {{cards}}, gennemgange: {{reviews}}',
    deckOptions:
      'Indstillinger fra Anki: nye kort om dagen {{newPerDay}}, gennemgange om dagen {{reviewsPerDay}}, ønsket hukommelse {{retention}}',
    deckSteps:
      'Indlæringstrin: {{learning}}; genindlæringstrin: {{relearning}}; maksimalt interval (dage): {{days}}',
    noSteps: 'ingen',
    fsrsImported:
      'FSRS-parametre fra Anki: dette kortsæt planlægges med dem, og dets historik afspilles igen med dem og disse indstillinger.',
    fsrsIgnored:
      'Ankis FSRS-parametre for dette kortsæt kan ikke bruges af denne apps FSRS (forkert antal eller en værdi uden for grænserne): de udelades, og FSRS’ standardværdier bruges.',
    noteTypes: 'Notetyper',
    noteType: '{{name}} — noter: {{notes}}, kort: {{cards}}',
    clozeNoteType: '{{name}} (udfyldning) — noter: {{notes}}, kort: {{cards}}',
    leftOut: 'Udeladt',
    skipped: {
      missingNote: 'Kort, hvis note eller notetype mangler i pakken: {{number}}',
      imageOcclusion:
        'Image Occlusion-kort (masker over et billede, som appen ikke kan vise): {{number}}',
      emptyFront: 'Kort, hvis spørgsmål er tomt her (fx kun en lyd): {{number}}',
      manualEntries:
        'Poster i gennemgangsloggen, der ikke er svar (omplanlagt, forfaldsdato sat, glemt): {{number}}',
      resetAnswers: 'Svar på kort, der er glemt i Anki og kommer ind som nye: {{number}}',
      orphanReviews: 'Poster i gennemgangsloggen for kort, der ikke importeres: {{number}}',
    },
    mediaHeading: 'Medier',
    mediaStored:
      'Billeder gemt og vist på kortene: {{images}}. Andre filer gemt og nævnt på kortet: {{files}} (lyde i MP3, Ogg, WAV eller M4A afspilles, når du starter dem; SVG-tegninger og andre filer afspilles eller vises aldrig).',
    mediaMissing:
      'Filer, som kortene nævner, men som pakken ikke indeholder (kortet siger, at billedet mangler): {{number}} — {{names}}',
    mediaUnused: 'Mediefiler, som intet importeret kort bruger: {{number}} — {{names}}',
    namesMore: '{{names}} og {{more}} mere',
    import: 'Importér',
    importing: 'Importerer…',
    progress: 'Importens fremskridt',
    problem: {
      notZip: '{{file}} er ikke en Anki-pakke: det er ikke en zip-fil. Intet blev gemt.',
      damaged:
        '{{file}} er beskadiget eller afkortet: dens {{part}} kan ikke læses. Intet blev gemt.',
      notAnki:
        '{{file}} er en zip-fil, men ikke en Anki-pakke: den indeholder ingen samling (collection.anki2, .anki21 eller .anki21b). Intet blev gemt.',
      unknownSchema:
        '{{file}} indeholder en Anki-samling med skema {{version}}, som appen ikke kan læse (den læser 11 og 15–18): eksportér den igen fra en nyere Anki. Intet blev gemt.',
      noNotes: '{{file}} indeholder ingen noter: der er intet at importere. Intet blev gemt.',
    },
  },
} as const satisfies Translation<typeof enAnkiScreen>;
