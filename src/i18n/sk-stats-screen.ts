import type { enStatsScreen } from './en-stats-screen.ts';
import type { Translation } from './translator.ts';

/** Slovak strings of the statistics screen (see `en-stats-screen.ts`). */
export const skStatsScreen = {
  stats: {
    deck: 'Balíček',
    allDecks: 'Všetky balíčky',
    period: 'Obdobie',
    periods: { days30: '30 dní', days90: '90 dní', days365: '1 rok' },
    notFound: 'Balíček s identifikátorom „{{deckId}}“ neexistuje.',
    computing: 'Počítajú sa štatistiky…',
    none: '—',
    showTable: 'Zobraziť ako tabuľku',
    day: 'Deň',
    today: {
      title: 'Dnes',
      reviews: 'Opakovania',
      cards: 'Študované karty',
      time: 'Strávený čas',
      again: 'Znovu',
      retention: 'Zapamätanie',
      retentionHint: 'Podiel kariet na opakovanie zodpovedaných Ťažké, Dobre alebo Ľahké.',
    },
    reviews: {
      title: 'Opakovania za deň',
      chart: 'Stĺpcový graf opakovaní za deň za posledných {{period}}, podľa druhu',
      summary:
        'Opakovaní za posledných {{period}}: {{total}}; študované {{studied}} z {{days}} dní, v dňoch štúdia priemerne {{average}} za deň.',
      kind: {
        learning: 'Učenie',
        young: 'Mladé',
        mature: 'Zrelé',
        relearning: 'Preučovanie',
      },
      total: 'Spolu',
    },
    calendar: {
      title: 'Kalendár',
      chart: 'Kalendár denných opakovaní za posledný rok; dni štúdia: {{studied}}',
      cell: '{{day}}: opakovaní {{count}}',
      currentStreak: 'Súčasná séria',
      longestStreak: 'Najdlhšia séria',
      daysStudied: 'Dni štúdia',
      tableCaption: 'Dni s opakovaniami za posledný rok',
      reviews: 'Opakovania',
      less: 'Menej',
      more: 'Viac',
    },
    forecast: {
      title: 'Na rade v nasledujúcich 30 dňoch',
      chart: 'Stĺpcový graf kariet na rade v každom z nasledujúcich 30 dní',
      due: 'Na rade',
      summary_one:
        'V nasledujúcich {{days}} dňoch je na rade {{due}} karta (z toho {{overdue}} po termíne, počítané dnes).',
      summary_few:
        'V nasledujúcich {{days}} dňoch sú na rade {{due}} karty (z toho {{overdue}} po termíne, počítané dnes).',
      summary_many:
        'V nasledujúcich {{days}} dňoch je na rade {{due}} karty (z toho {{overdue}} po termíne, počítané dnes).',
      summary_other:
        'V nasledujúcich {{days}} dňoch je na rade {{due}} kariet (z toho {{overdue}} po termíne, počítané dnes).',
      beyond_one: 'Potom príde na rad ešte {{later}} karta.',
      beyond_few: 'Potom prídu na rad ešte {{later}} karty.',
      beyond_many: 'Potom príde na rad ešte {{later}} karty.',
      beyond_other: 'Potom príde na rad ešte {{later}} kariet.',
    },
    counts: {
      title: 'Karty',
      total: 'Spolu',
      status: {
        new: 'Nové',
        learning: 'Učenie',
        young: 'Mladé',
        mature: 'Zrelé',
        suspended: 'Odložené bokom',
      },
    },
    retention: {
      title: 'Skutočné zapamätanie',
      caption:
        'Podiel odpovedí pri opakovaní, ktoré prešli (Ťažké, Dobre alebo Ľahké; Znovu neprešlo). Mladé karty majú interval kratší ako 21 dní, zrelé 21 dní alebo viac.',
      period: 'Obdobie',
      periods: {
        today: 'Dnes',
        week: 'Posledných 7 dní',
        month: 'Posledných 30 dní',
        year: 'Posledný rok',
      },
      young: 'Mladé',
      mature: 'Zrelé',
      all: 'Spolu',
      cell: '{{rate}} ({{passed}} z {{total}})',
      learningOnly:
        'Zatiaľ žiadne odpovede pri opakovaní: karty sa ešte učíte. Zapamätanie počíta iba odpovede na karty v opakovaní.',
      noAnswers: 'Zatiaľ žiadne opakovania.',
    },
    memory: {
      title: 'Pamäť (FSRS)',
      retained:
        'Odhadované zapamätané vedomosti: {{retained}} z {{cards}} študovaných kariet (priemerná vybaviteľnosť {{average}}).',
      noneStudied: 'Zatiaľ sa neštudovala žiadna karta.',
      stability: 'Stabilita',
      stabilityChart: 'Histogram stability kariet v dňoch',
      difficulty: 'Náročnosť',
      difficultyChart: 'Histogram náročnosti kariet v percentách',
      retrievability: 'Vybaviteľnosť',
      retrievabilityChart: 'Histogram súčasnej pravdepodobnosti vybavenia',
      range: 'Rozsah',
      cards: 'Karty',
      daysRange: '{{from}}–{{to}} d',
      daysFrom: '{{from}}+ d',
      percentRange: '{{from}}–{{to}} %',
    },
    quizzes: {
      title: 'Výsledky kvízov',
      chart: 'Čiarový graf výsledkov kvízov za posledných {{period}}',
      none: 'V tomto období sa nedokončil žiadny kvíz.',
      overall: 'Celkovo: správne zodpovedaných {{score}} otázok.',
      finished: 'Dokončené',
      score: 'Výsledok',
      correct: '{{correct}} z {{total}}',
    },
  },
} as const satisfies Translation<typeof enStatsScreen>;
