import type { Messages } from './en.ts';
import type { Translation } from './translator.ts';

/**
 * Turkish strings of the first page (navigation, the deck list, card kinds, errors,
 * the update banner, document import). Terms follow Anki's Turkish interface (see README).
 */
export const tr = {
  media: {
    imageMissing: '[resim eksik: {{name}}]',
    fileNotShown: '[gösterilmeyen dosya: {{name}}]',
    sound: '[ses, çalınmaz: {{name}}]',
    soundMissing: '[ses eksik: {{name}}]',
    play: 'Ses: {{name}}',
    soundFile: '{{name}} — ses',
    files: 'Medya dosyaları',
    image: '{{name}} — resim',
    file: '{{name}} — dosya, çalınmaz ve gösterilmez',
    missing: '{{name}} — eksik',
  },
  quiz: { nav: 'Test', link: 'Test' },
  stats: {
    nav: 'İstatistikler',
    title: 'İstatistikler',
    days_one: '{{count}} gün',
    days_other: '{{count}} gün',
  },
  deckProgress: {
    label: '{{total}} karttan {{learned}} tanesi öğrenildi',
    learned: 'Öğrenilen',
    retention: 'Hatırlama oranı (30 gün): {{rate}}',
    noRetention: 'Hatırlama oranı (30 gün): henüz inceleme yok',
    learningOnly: 'Hatırlama oranı (30 gün): henüz inceleme cevabı yok, kartlar hâlâ öğreniliyor',
  },
  browse: { link: 'Kartlara göz at', nav: 'Kartlar' },
  settings: { nav: 'Ayarlar' },
  pwa: {
    offlineReady: 'Deckwright artık çevrimdışı çalışmaya hazır.',
    updateReady:
      'Deckwright’ın yeni bir sürümü hazır. Cevaplarınız zaten kaydedildi: size uygun olduğunda yeniden yükleyin.',
    updatedElsewhere:
      'Deckwright başka bir sekmede güncellendi. Bu sekmeyi size uygun olduğunda yeniden yükleyin; cevaplarınız kaydedildi.',
    reload: 'Yeniden yükle',
    later: 'Sonra',
    close: 'Kapat',
  },
  crash: {
    title: 'Bu ekran çalışmayı durdurdu',
    body: 'Çalışma verileriniz bu tarayıcıda saklanıyor. Güvende olmak için bir yedek dışa aktarın, sonra yeniden yükleyin.',
    export: 'Yedeği dışa aktar',
    exported: 'Yedek {{file}} olarak kaydedildi.',
    exportFailed: 'Yedek alınamadı: {{reason}}',
    reload: 'Yeniden yükle',
  },
  storageErrors: {
    versionChanged:
      'Deckwright’ın daha yeni bir sürümü başka bir sekmede açık. Onunla devam etmek için bu sekmeyi yeniden yükleyin.',
    databaseClosed:
      'Yerel depolama bağlantısı kapandı (belki başka bir sekmedeki bir güncelleme yüzünden). Devam etmek için yeniden yükleyin.',
    invalidData:
      'Bir kayıt geçerli olmadığı için saklanamadı ({{reason}}). Hiçbir şey değişmedi; Ayarlar’dan bir yedek dışa aktarın ve sorunu bildirin.',
  },
  import: {
    add: 'Belge ekle',
    hint: 'Markdown (.md), metin (.txt) veya HTML (.html) dosyaları (en fazla 20 MB), birinin paylaştığı bir deste (.json) ya da bir kart listesi (bir hesap tablosundan CSV veya TSV, Anki’nin ya da Quizlet’in metin dışa aktarımı) ya da bir Anki paketi (.apkg, .colpkg): seçin ya da bu sayfada herhangi bir yere bırakın.',
    paste: 'Metin yapıştır',
    pasteTitle: 'Başlık',
    pasteText: 'Metin',
    pasteSubmit: 'Kart oluştur',
    cancel: 'İptal',
    dropHere: 'Belgelerden deste oluşturmak için buraya bırakın',
    reading: '{{file}}: okunuyor…',
    generating: '{{file}}: kartlar oluşturuluyor…',
    added: '{{file}}: “{{title}}” olarak eklendi.',
    openDeck: 'Desteyi aç',
    dismiss: 'Kapat',
    failed: '{{file}}: {{message}} Hiçbir şey kaydedilmedi.',
  },
  fsrs: {
    grade: { manual: 'Elle', again: 'Tekrar', hard: 'Zor', good: 'İyi', easy: 'Kolay' },
    state: {
      new: 'Yeni',
      learning: 'Öğreniliyor',
      review: 'İnceleme',
      relearning: 'Yeniden öğreniliyor',
    },
  },
  app: {
    name: 'Deckwright',
    titles: {
      format: '{{page}} · Deckwright',
      aDeck: 'Deste',
      decks: 'Desteler',
      browse: 'Kartlar',
      stats: 'İstatistikler',
      settings: 'Ayarlar',
      multiQuiz: 'Test',
      deck: '{{deck}}',
      study: 'Çalışma · {{deck}}',
      deckStats: 'İstatistikler · {{deck}}',
      quiz: 'Test · {{deck}}',
      cards: 'Kartlar · {{deck}}',
      card: 'Kart · {{deck}}',
      notFound: 'Sayfa bulunamadı',
    },
    tagline: 'Belgelerden kendiliğinden oluşan bilgi kartları',
    nav: { decks: 'Desteler' },
    loading: 'Yükleniyor…',
    notFound: 'Bu adreste bir şey yok.',
    backToDecks: 'Destelere dön',
  },
  errors: {
    storageUnavailable:
      'Tarayıcınız yerel depolamayı açmayı reddetti ({{reason}}). Çalışma ilerlemesi kaydedilemez: gizli gezinmeden çıkın ya da site verilerine izin verin, sonra yeniden yükleyin.',
    quotaExceeded:
      'Cihazınızda bu site için depolama alanı kalmadı. Biraz yer açın (ya da başka site verilerini silin) ve tekrar deneyin. Hiçbir şey değişmedi.',
    loadDecks: 'Uygulamayla gelen desteler yüklenemedi: {{reason}}',
    unexpected: 'Bir şeyler ters gitti: {{reason}}',
    reload: 'Yeniden yükle',
  },
  decks: {
    title: 'Desteleriniz',
    empty: 'Henüz deste yok.',
    cards_one: '{{count}} kart',
    cards_other: '{{count}} kart',
    study: 'Çalış',
    open: 'Aç',
    counts: { new: 'Yeni', learning: 'Öğreniliyor', review: 'Zamanı gelen' },
    countsLabel: 'Bugün {{new}} yeni, {{learning}} öğreniliyor, {{review}} zamanı gelen',
  },
  deck: {
    kind: {
      definition: 'Tanım',
      highlight: 'Vurgu',
      faq: 'SSS',
      list: 'Liste',
      comparison: 'Karşılaştırma',
    },
  },
} as const satisfies Translation<Messages>;
