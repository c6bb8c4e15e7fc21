import type { enOptimizeScreen } from './en-optimize-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of a deck's FSRS parameters panel (see `en-optimize-screen.ts`). */
export const trOptimizeScreen = {
  optimize: {
    title: 'FSRS parametreleri',
    defaults: 'Bu deste FSRS’in varsayılan parametrelerini kullanıyor.',
    fitted_one: '{{date}} tarihinde incelemelerinize uyduruldu ({{count}} inceleme).',
    fitted_other: '{{date}} tarihinde incelemelerinize uyduruldu ({{count}} inceleme).',
    suggest: {
      neverFitted: 'Optimize etmek, FSRS’i bu destenin kartlarını nasıl hatırladığınıza uydurur.',
      monthOld: 'Parametreler 30 gün ya da daha önce uyduruldu: yeniden optimize etmeniz önerilir.',
      reviewsDoubled:
        'Destede, parametrelerin uydurulduğu incelemelerin iki katı var: yeniden optimize etmeniz önerilir.',
    },
    optimize: 'Optimize et',
    evaluate: 'Değerlendir',
    cancel: 'İptal',
    progress: 'Optimize etme ilerlemesi',
    stage: {
      reading: 'Adım 1/3: inceleme geçmişi okunuyor…',
      preparing: 'Adım 2/3: incelemeler hazırlanıyor…',
      fitting: 'Adım 3/3: parametreler uyduruluyor (sayfa kullanılabilir kalır)…',
    },
    fittingDone:
      'Adım 3/3: parametreler uyduruluyor, {{percent}} tamamlandı (sayfa kullanılabilir kalır)…',
    cancelled: 'İptal edildi; hiçbir şey değişmedi.',
    failed: 'Optimize etme başarısız oldu: {{message}}',
    unsupported: {
      noWorker: 'Bu tarayıcı optimize ediciyi çalıştıramaz: Web Worker desteği yok.',
      noSharedMemory:
        'Bu tarayıcı optimize ediciyi (paylaşılan belleğe sahip WebAssembly) yalnızca cross-origin isolated sayfalarda çalıştırır; bu sayfa henüz öyle değil. Uygulama çevrimdışı çalışmaya hazır olunca sayfayı yeniden yükleyin: sayfa o zaman yalıtılmış açılır.',
    },
    tooFew:
      'Bu destenin incelemelerinden {{items}} tanesi tahmin edilebilir (kartın bir önceki cevabından en az bir gün sonra verilen cevaplar); FSRS’in en az {{needed}} taneye ihtiyacı var. Parametreler olduğu gibi kalıyor.',
    initialOnly:
      'Tahmin edilebilir {{items}} inceleme ile yalnızca başlangıç kararlılıkları uyduruldu; tam uydurma için {{needed}} gerekir.',
    improved:
      'Yeni parametreler incelemelerinizi daha iyi tahmin ediyor; planlayıcı bundan sonra onları kullanacak.',
    notImproved:
      'Yeni parametreler incelemelerinizi daha iyi tahmin etmiyor; mevcut parametreler kalıyor.',
    evaluated:
      'Mevcut parametrelerin bu destenin {{count}} incelemesini ne kadar iyi tahmin ettiği:',
    figures: 'Aynı geçmiş üzerinde log kaybı ve RMSE (düşük olan daha iyi)',
    parameters: 'Parametreler',
    logLoss: 'Log kaybı',
    rmse: 'RMSE (gruplar)',
    current: 'Mevcut',
    candidate: 'Yeni',
  },
  ankiExport: {
    button: 'Anki paketi olarak dışa aktar (.apkg)',
    running: 'Anki paketi hazırlanıyor…',
    cancel: 'İptal',
    cancelled: 'Dışa aktarma iptal edildi.',
    emptyDeck: 'Bu destede kart yok; dışa aktarılacak bir Anki paketi de yok.',
    failed: 'Anki paketi oluşturulamadı: {{message}}',
  },
} as const satisfies Translation<typeof enOptimizeScreen>;
