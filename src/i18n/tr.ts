import type { Messages } from './en.ts';
import type { Translation } from './translator.ts';

/**
 * Turkish strings of the first page (navigation, the deck list, the deck screen, errors,
 * the update banner, document import). Terms follow Anki's Turkish interface (see README).
 */
export const tr = {
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
    deckFile: {
      notJson:
        '{{file}} bir deste dosyası değil: geçerli JSON değil (yarım kalmış ya da bozuk mu?).',
      foreign: '{{file}} bir Deckwright deste dosyası değil.',
      backup: '{{file}} bütün bir koleksiyonun yedeği: onu Ayarlar’dan içe aktarın.',
      damaged: '{{file}} bozuk bir deste dosyası: {{path}} eksik ya da hatalı.',
      tooLarge: '{{file}} 20 MB’tan büyük; bir deste dosyası en fazla bu kadar olabilir.',
      update:
        '{{file}}, sizde olan “{{title}}” destesinin bir sürümü: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
      updated:
        '{{file}}: “{{title}}” güncellendi ({{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan).',
    },
    problem: {
      unsupported:
        '{{file}} bu uygulamanın okuyabildiği bir belge değil: Markdown (.md, .markdown), metin (.txt) veya HTML (.html, .htm) kullanın.',
      tooLarge:
        '{{file}} 20 MB’tan büyük; bir belge en fazla bu kadar olabilir. Daha küçük dosyalara bölün.',
      empty: '{{file}} boş.',
      whitespace: '{{file}} yalnızca boşluk içeriyor, metin yok.',
      binary: '{{file}} bir metin belgesi değil (ikili veri içeriyor).',
      pdf: '{{file}} bir PDF: önce metne ya da HTML’e dönüştürün.',
      word: '{{file}} bir Word (veya benzeri) belgesi: önce metne ya da HTML’e dönüştürün.',
      navigationOnly:
        '{{file}} yalnızca gezinme öğeleri (menüler, üst bilgi, alt bilgi) içeriyor; kart yapılacak bir yazı yok.',
      noCards:
        '{{file}}: öğrenilecek bir şey bulunamadı — tanım, vurgu, SSS, liste ya da karşılaştırma tablosu yok.',
    },
    update: {
      title: 'Desteyi güncelle',
      fromFile: 'Belgesinin yeni bir sürümünden güncelle',
      regenerate: 'Yeniden oluştur',
      regenerateHint:
        'Kartları saklanan belgeden ({{file}}) yeniden oluşturur, örneğin bir uygulama güncellemesinden sonra.',
      working: 'Kartlar oluşturuluyor…',
      summary: '{{file}}: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
      unchanged: '{{file}}: deste bu belgeyle zaten uyumlu; değişecek bir şey yok.',
      rules:
        'Değişmeyen kartlar geçmişlerini korur; düzenlediğiniz kartlar sizin metninizi korur; çalıştığınız kaldırılan kartlar askıya alınır, diğerleri silinir.',
      apply: 'Uygula',
      done: 'Güncellendi: {{added}} yeni, {{updated}} değişen, {{retired}} kaldırılan.',
    },
    preview: {
      heading: 'Yeni desteyi kontrol edin',
      file: 'Kaynak: {{file}}',
      deckTitle: 'Deste başlığı',
      language: 'Dil',
      windows1252:
        'Bu dosya UTF-8 değil, bu yüzden Windows-1252 (Batı Avrupa) olarak okundu. æ, ø, é gibi harflerin doğru göründüğünü kontrol edin.',
      merged_one: 'Tekrarlanan {{count}} kart bir başkasıyla birleştirildi.',
      merged_other: 'Tekrarlanan {{count}} kart başkalarıyla birleştirildi.',
      selected: '{{total}} karttan {{selected}} tanesi eklenecek.',
      include: '“{{front}}” dahil edilsin',
      edit: 'Düzenle',
      editCard: '“{{front}}” kartını düzenle',
      front: 'Ön yüz',
      back: 'Arka yüz',
      done: 'Tamam',
      showAll: '{{count}} kartın hepsini göster',
      skipped: 'Bulunan ama karta dönüştürülmeyenler ({{count}})',
      skip: {
        table:
          '“{{heading}}” (satır {{from}}–{{to}}): bir tablo, ama iki sütunlu bir karşılaştırma değil.',
        list: '“{{heading}}” (satır {{from}}–{{to}}): “:” ile biten bir giriş satırı olmayan bir liste.',
        prose:
          '“{{heading}}” (satır {{from}}–{{to}}): yalnızca düz yazı — tanım, vurgu, SSS, liste ya da karşılaştırma tablosu yok.',
      },
      addDeck: 'Desteyi ekle',
      adding: 'Ekleniyor…',
      discard: 'Vazgeç',
      noneSelected: 'Desteyi eklemek için en az bir kart işaretleyin.',
    },
    table: {
      heading: 'Listedeki kartları kontrol edin',
      firstRowIsHeader: 'İlk satır sütunları adlandırıyor',
      front: 'Ön yüz',
      back: 'Arka yüz',
      tags: 'Etiketler',
      noTags: 'Etiket yok',
      column: 'Sütun {{number}}',
      namedColumn: 'Sütun {{number}}: {{name}}',
      cards_one: '{{count}} kart eklenecek.',
      cards_other: '{{count}} kart eklenecek.',
      showing: 'İlk {{shown}} tanesi:',
      none: 'Bu sütunlardan hem ön hem arka yüzü olan bir kart çıkmıyor: başka sütunlar seçin.',
      problem: {
        empty:
          '{{file}} hiç kart içermiyor: (başlığın altında) satır yok. Hiçbir şey kaydedilmedi.',
        oneColumn:
          '{{file}} tek sütunlu: bir kart listesinde her satırda virgül, noktalı virgül, sekme ya da | ile ayrılmış bir ön ve arka yüz olmalı. Hiçbir şey kaydedilmedi.',
        unevenRows:
          '{{file}}: {{row}}. satırda {{fields}} alan var, ama ilk satırda {{expected}} var. Dosyayı düzeltin (bir alanın içindeki ayırıcı tırnak içinde olmalı) ve yeniden ekleyin. Hiçbir şey kaydedilmedi.',
        unclosedQuote:
          '{{file}}: {{row}}. satırda açılan tırnak hiç kapanmıyor (yarım kalmış ya da bozuk mu?). Hiçbir şey kaydedilmedi.',
      },
    },
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
    notFound: '“{{deckId}}” kimlikli bir deste yok.',
    cardsTitle: 'Kartlar',
    language: 'Dil: {{language}}',
    source: 'Kaynak: {{file}}',
    kind: {
      definition: 'Tanım',
      highlight: 'Vurgu',
      faq: 'SSS',
      list: 'Liste',
      comparison: 'Karşılaştırma',
    },
    front: 'Ön yüz',
    back: 'Arka yüz',
    showMore: 'Daha fazla kart göster',
    manage: {
      title: 'Desteyi yönet',
      rename: 'Yeniden adlandır',
      exportCsv: 'CSV olarak dışa aktar',
      newTitle: 'Yeni başlık',
      save: 'Başlığı kaydet',
      cancel: 'İptal',
      titleRequired: 'Bir destenin başlığı olmalı.',
      export: 'Desteyi dışa aktar (.json)',
      delete: 'Desteyi sil',
      confirm:
        '“{{title}}” silinsin mi? Destedeki {{cards}} ve {{reviews}} kalıcı olarak silinir (dışa aktarılmış bir yedek onları korur).',
      reviews_one: '{{count}} inceleme',
      reviews_other: '{{count}} inceleme',
      confirmDelete: 'Kalıcı olarak sil',
      failed: 'Hiçbir şey değişmedi: {{reason}}',
    },
  },
  addCard: {
    open: 'Kart ekle',
    title: 'Kart ekle',
    deck: 'Eklenecek deste',
    type: 'Kart türü',
    basic: 'Temel (ön ve arka yüz)',
    cloze: 'Boşluk doldurma (metnin bölümlerini gizle)',
    front: 'Ön yüz',
    back: 'Arka yüz',
    context: 'Bağlam (isteğe bağlı, cevapla gösterilir)',
    text: 'Metin',
    clozeHelp:
      'Bir bölümü {{cloze}} olarak ya da yerinde bir ipucu göstermek için {{hinted}} olarak gizleyin. Her numara (c1, c2, …) bir kart oluşturur; aynı numaralı bütün bölümler birlikte gizlenir.',
    hintWord: 'ipucu',
    extra: 'Ek (isteğe bağlı, cevapla gösterilir)',
    add: 'Ekle',
    addNext: 'Ekle ve sonraki',
    close: 'Kapat',
    added_one: '“{{deck}}” destesine {{count}} kart eklendi.',
    added_other: '“{{deck}}” destesine {{count}} kart eklendi.',
    failed: 'Hiçbir şey eklenmedi: {{reason}}',
    problem: {
      noFront: 'Kartın bir ön yüzü olmalı.',
      noBack: 'Kartın bir arka yüzü olmalı.',
      noCloze: 'Metin hiçbir şeyi gizlemiyor: bir bölümü {{example}} olarak işaretleyin.',
      unclosed: '{{cloze}} boşluğu kapatılmamış: “}}” ile bitirin.',
      nested: '{{cloze}} boşluğunun içinde başka bir boşluk var; boşluklar iç içe olamaz.',
      empty: '{{cloze}} boşluğu boş: gizlenecek metni içine yazın.',
      zero: 'Boşluk numaraları c1’den başlar.',
    },
  },
  options: {
    title: 'Seçenekler',
    newPerDay: 'Günlük yeni kart',
    reviewsPerDay: 'Günlük inceleme',
    desiredRetention: 'İstenen hatırlama oranı (0,70–0,99)',
    maximumIntervalDays: 'En uzun aralık (gün)',
    learningSteps: 'Öğrenme adımları',
    relearningSteps: 'Yeniden öğrenme adımları',
    stepsHint: 'ör. 1m 10m 1d',
    nextDayStartsAt: 'Yeni gün şu saatte başlar (0–23)',
    save: 'Seçenekleri kaydet',
    saved: 'Seçenekler kaydedildi.',
    invalid: 'Bazı seçenekler geçerli değil; hiçbir şey kaydedilmedi.',
    error: {
      required: 'Bir değer girin.',
      integer: 'Bir tam sayı girin.',
      number: 'Bir sayı girin.',
      boolean: 'Evet ya da hayır seçin.',
      list: 'Bir adım listesi girin.',
      parameters:
        'Uydurulmuş FSRS parametreleri bozuk: 21 sayı, bir tarih ve bir inceleme sayısı bekleniyor.',
      range: '{{min}} ile {{max}} arasında bir değer girin.',
      step: '“{{value}}” bir adım değil: bir tam sayı ve ardından m, h ya da d yazın, ör. 10m.',
      tooManySteps: 'En fazla {{max}} adım kullanın.',
    },
  },
} as const satisfies Translation<Messages>;
