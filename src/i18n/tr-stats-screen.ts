import type { enStatsScreen } from './en-stats-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of the statistics screen (see `en-stats-screen.ts`). */
export const trStatsScreen = {
  stats: {
    deck: 'Deste',
    allDecks: 'Tüm desteler',
    period: 'Dönem',
    periods: { days30: '30 gün', days90: '90 gün', days365: '1 yıl' },
    notFound: '“{{deckId}}” kimlikli bir deste yok.',
    computing: 'İstatistikler hesaplanıyor…',
    none: '—',
    showTable: 'Tablo olarak göster',
    day: 'Gün',
    today: {
      title: 'Bugün',
      reviews: 'İncelemeler',
      cards: 'Çalışılan kartlar',
      time: 'Harcanan süre',
      again: 'Tekrar',
      retention: 'Hatırlama oranı',
      retentionHint: 'Zor, İyi ya da Kolay cevaplanan inceleme kartlarının payı.',
    },
    reviews: {
      title: 'Günlük incelemeler',
      chart: 'Son {{period}} içindeki günlük incelemelerin türe göre yığılmış sütun grafiği',
      summary:
        'Son {{period}} içinde {{total}} inceleme; {{days}} günün {{studied}} gününde çalışıldı, çalışılan günlerde günde ortalama {{average}}.',
      kind: {
        learning: 'Öğrenme',
        young: 'Genç',
        mature: 'Olgun',
        relearning: 'Yeniden öğrenme',
      },
      total: 'Toplam',
    },
    calendar: {
      title: 'Takvim',
      chart: 'Son bir yılın günlük inceleme takvimi; {{studied}} gün çalışıldı',
      cell: '{{day}}: {{count}} inceleme',
      currentStreak: 'Şu anki seri',
      longestStreak: 'En uzun seri',
      daysStudied: 'Çalışılan günler',
      tableCaption: 'Son bir yılda inceleme yapılan günler',
      reviews: 'İncelemeler',
      less: 'Az',
      more: 'Çok',
    },
    forecast: {
      title: 'Önümüzdeki 30 günde zamanı gelecekler',
      chart: 'Önümüzdeki 30 günün her birinde zamanı gelecek kartların sütun grafiği',
      due: 'Zamanı gelen',
      summary_one:
        'Önümüzdeki {{days}} günde {{due}} kartın zamanı geliyor ({{overdue}} tanesi gecikmiş, bugüne sayıldı).',
      summary_other:
        'Önümüzdeki {{days}} günde {{due}} kartın zamanı geliyor ({{overdue}} tanesi gecikmiş, bugüne sayıldı).',
      beyond_one: 'Ondan sonra {{later}} kartın zamanı geliyor.',
      beyond_other: 'Ondan sonra {{later}} kartın zamanı geliyor.',
    },
    counts: {
      title: 'Kartlar',
      total: 'Toplam',
      status: {
        new: 'Yeni',
        learning: 'Öğreniliyor',
        young: 'Genç',
        mature: 'Olgun',
        suspended: 'Askıda',
      },
    },
    retention: {
      title: 'Gerçek hatırlama oranı',
      caption:
        'Geçen inceleme cevaplarının payı (Zor, İyi ya da Kolay; Tekrar başarısız sayılır). Genç kartların aralığı 21 günden kısa, olgun kartlarınki 21 gün ya da daha uzundur.',
      period: 'Dönem',
      periods: { today: 'Bugün', week: 'Son 7 gün', month: 'Son 30 gün', year: 'Son bir yıl' },
      young: 'Genç',
      mature: 'Olgun',
      all: 'Toplam',
      cell: '{{rate}} ({{total}} içinden {{passed}})',
      learningOnly:
        'Henüz inceleme durumunda cevap yok: kartlar hâlâ öğreniliyor. Hatırlama oranı yalnızca inceleme durumundaki kartların cevaplarını sayar.',
      noAnswers: 'Henüz inceleme yok.',
    },
    memory: {
      title: 'Hafıza (FSRS)',
      retained:
        'Tahmini akılda kalan bilgi: çalışılan {{cards}} kartın {{retained}} kadarı (ortalama hatırlanabilirlik {{average}}).',
      noneStudied: 'Henüz hiç kart çalışılmadı.',
      stability: 'Kararlılık',
      stabilityChart: 'Kart kararlılığının gün cinsinden histogramı',
      difficulty: 'Zorluk',
      difficultyChart: 'Kart zorluğunun yüzde cinsinden histogramı',
      retrievability: 'Hatırlanabilirlik',
      retrievabilityChart: 'Şu anki hatırlama olasılığının histogramı',
      range: 'Aralık',
      cards: 'Kartlar',
      daysRange: '{{from}}–{{to}} g',
      daysFrom: '{{from}}+ g',
      percentRange: '%{{from}}–{{to}}',
    },
    quizzes: {
      title: 'Test puanları',
      chart: 'Son {{period}} içindeki test puanlarının çizgi grafiği',
      none: 'Bu dönemde bitirilmiş test yok.',
      overall: 'Genel: soruların {{score}} kadarı doğru cevaplandı.',
      finished: 'Bitirildi',
      score: 'Puan',
      correct: '{{total}} içinden {{correct}}',
    },
  },
} as const satisfies Translation<typeof enStatsScreen>;
