import type { enStatsScreen } from './en-stats-screen.ts';
import type { Translation } from './translator.ts';

/** Danish strings of the statistics screen (see `en-stats-screen.ts`). */
export const daStatsScreen = {
  stats: {
    deck: 'Kortsæt',
    allDecks: 'Alle kortsæt',
    period: 'Periode',
    periods: { days30: '30 dage', days90: '90 dage', days365: '1 år' },
    notFound: 'Intet kortsæt med id’et “{{deckId}}”.',
    computing: 'Beregner statistik…',
    none: '—',
    showTable: 'Vis som tabel',
    day: 'Dag',
    today: {
      title: 'I dag',
      reviews: 'Gennemgange',
      cards: 'Studerede kort',
      time: 'Tidsforbrug',
      again: 'Igen',
      retention: 'Hukommelse',
      retentionHint: 'Andel af gennemgangskort besvaret med Hård, Godt eller Let.',
    },
    reviews: {
      title: 'Gennemgange pr. dag',
      chart: 'Søjlediagram over gennemgange pr. dag de seneste {{period}}, stablet efter type',
      summary:
        '{{total}} gennemgange de seneste {{period}}; studeret {{studied}} af {{days}} dage, {{average}} om dagen på de dage, der blev studeret.',
      kind: {
        learning: 'Indlæring',
        young: 'Unge',
        mature: 'Modne',
        relearning: 'Genindlæring',
      },
      total: 'I alt',
    },
    calendar: {
      title: 'Kalender',
      chart: 'Kalender over daglige gennemgange det seneste år; {{studied}} dage studeret',
      cell: '{{day}}: {{count}} gennemgange',
      currentStreak: 'Nuværende stime',
      longestStreak: 'Længste stime',
      daysStudied: 'Dage studeret',
      tableCaption: 'Dage med gennemgange det seneste år',
      reviews: 'Gennemgange',
      less: 'Færre',
      more: 'Flere',
    },
    forecast: {
      title: 'Forfalder de næste 30 dage',
      chart: 'Søjlediagram over kort, der forfalder hver af de næste 30 dage',
      due: 'Forfalder',
      summary_one:
        '{{due}} kort forfalder de næste {{days}} dage ({{overdue}} af dem er overskredet og tælles i dag).',
      summary_other:
        '{{due}} kort forfalder de næste {{days}} dage ({{overdue}} af dem er overskredet og tælles i dag).',
      beyond_one: '{{later}} kort forfalder efter det.',
      beyond_other: '{{later}} kort forfalder efter det.',
    },
    counts: {
      title: 'Kort',
      total: 'I alt',
      status: {
        new: 'Nye',
        learning: 'Lærer',
        young: 'Unge',
        mature: 'Modne',
        suspended: 'Suspenderede',
      },
    },
    retention: {
      title: 'Reel hukommelse',
      caption:
        'Andel af svar på gennemgange, der bestod (Hård, Godt eller Let; Igen er dumpet). Unge kort har et interval under 21 dage, modne kort 21 dage eller mere.',
      period: 'Periode',
      periods: {
        today: 'I dag',
        week: 'Seneste 7 dage',
        month: 'Seneste 30 dage',
        year: 'Seneste år',
      },
      young: 'Unge',
      mature: 'Modne',
      all: 'I alt',
      cell: '{{rate}} ({{passed}} af {{total}})',
      learningOnly:
        'Ingen svar på gennemgangskort endnu: kortene læres stadig. Hukommelse tæller kun svar på kort i gennemgang.',
      noAnswers: 'Ingen gennemgange endnu.',
    },
    memory: {
      title: 'Hukommelse (FSRS)',
      retained:
        'Anslået husket viden: {{retained}} af {{cards}} studerede kort (gennemsnitlig genkaldelighed {{average}}).',
      noneStudied: 'Intet kort er studeret endnu.',
      stability: 'Stabilitet',
      stabilityChart: 'Histogram over kortenes stabilitet i dage',
      difficulty: 'Sværhedsgrad',
      difficultyChart: 'Histogram over kortenes sværhedsgrad i procent',
      retrievability: 'Genkaldelighed',
      retrievabilityChart: 'Histogram over den aktuelle sandsynlighed for at huske',
      range: 'Interval',
      cards: 'Kort',
      daysRange: '{{from}}–{{to}} d',
      daysFrom: '{{from}}+ d',
      percentRange: '{{from}}–{{to}} %',
    },
    quizzes: {
      title: 'Quizresultater',
      chart: 'Kurve over quizresultater de seneste {{period}}',
      none: 'Ingen quiz afsluttet i denne periode.',
      overall: 'Samlet: {{score}} af spørgsmålene besvaret rigtigt.',
      finished: 'Afsluttet',
      score: 'Resultat',
      correct: '{{correct}} af {{total}}',
    },
  },
} as const satisfies Translation<typeof enStatsScreen>;
