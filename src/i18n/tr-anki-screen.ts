import type { enAnkiScreen } from './en-anki-screen.ts';
import type { Translation } from './translator.ts';

/** Turkish strings of an Anki package import (see `en-anki-screen.ts`). */
export const trAnkiScreen = {
  ankiImport: {
    heading: 'Anki paketini kontrol edin',
    totals:
      'Kartlar: {{cards}} ({{new}} yeni, {{suspended}} askıya alınmış, {{buried}} gizlenmiş). İncelemeler: {{reviews}}.',
    decks: 'Desteler',
    deck: '{{title}} — kartlar: {{cards}}, incelemeler: {{reviews}}',
    deckOptions:
      'Anki’den gelen seçenekler: günlük yeni kart {{newPerDay}}, günlük inceleme {{reviewsPerDay}}, istenen hatırlama oranı {{retention}}',
    deckSteps:
      'Öğrenme adımları: {{learning}}; yeniden öğrenme adımları: {{relearning}}; en uzun aralık (gün): {{days}}',
    noSteps: 'yok',
    fsrsImported:
      'Anki’den gelen FSRS parametreleri: bu deste onlarla zamanlanır, geçmişi de onlarla ve bu seçeneklerle yeniden oynatılır.',
    fsrsIgnored:
      'Anki’nin bu desteye ait FSRS parametreleri bu uygulamanın FSRS’inin kullanabileceği türden değil (sayıları yanlış ya da bir değer sınır dışında): alınmadılar, FSRS’in varsayılanları kullanılır.',
    noteTypes: 'Not türleri',
    noteType: '{{name}} — notlar: {{notes}}, kartlar: {{cards}}',
    clozeNoteType: '{{name}} (boşluk doldurma) — notlar: {{notes}}, kartlar: {{cards}}',
    leftOut: 'Alınmayanlar',
    skipped: {
      missingNote: 'Notu veya not türü pakette olmayan kartlar: {{number}}',
      imageOcclusion:
        'Resim Örtme (Image Occlusion) kartları (bir resmin üzerindeki maskeler; bu uygulama gösteremez): {{number}}',
      emptyFront: 'Sorusu burada boş kalan kartlar (örneğin yalnızca bir ses): {{number}}',
      manualEntries:
        'Cevap olmayan inceleme kayıtları (yeniden planlama, bitiş tarihi belirleme, unutturma): {{number}}',
      resetAnswers:
        'Anki’de unutturulmuş kartların cevapları (kartlar yeni olarak gelir): {{number}}',
      orphanReviews: 'Alınmayan kartların inceleme kayıtları: {{number}}',
    },
    mediaHeading: 'Medya',
    mediaStored:
      'Saklanan ve kartlarda gösterilen resimler: {{images}}. Saklanan ve kartta listelenen diğer dosyalar: {{files}} (MP3, Ogg, WAV ya da M4A sesler siz başlatınca çalar; SVG çizimleri ve diğer dosyalar hiçbir zaman çalınmaz ya da gösterilmez).',
    mediaMissing:
      'Kartların andığı ama pakette olmayan dosyalar (kart resmin eksik olduğunu söyler): {{number}} — {{names}}',
    mediaUnused: 'Alınan hiçbir kartın kullanmadığı medya dosyaları: {{number}} — {{names}}',
    namesMore: '{{names}} ve {{more}} tane daha',
    import: 'İçe aktar',
    importing: 'İçe aktarılıyor…',
    progress: 'İçe aktarma ilerlemesi',
    problem: {
      notZip: '{{file}} bir Anki paketi değil: zip dosyası değil. Hiçbir şey kaydedilmedi.',
      damaged:
        '{{file}} hasarlı ya da yarıda kesilmiş: {{part}} okunamıyor. Hiçbir şey kaydedilmedi.',
      notAnki:
        '{{file}} bir zip dosyası ama Anki paketi değil: içinde koleksiyon yok (collection.anki2, .anki21 veya .anki21b). Hiçbir şey kaydedilmedi.',
      unknownSchema:
        '{{file}} şema {{version}} sürümünde bir Anki koleksiyonu içeriyor; bu uygulama onu okuyamaz (11 ve 15–18 okunur): güncel bir Anki’den yeniden dışa aktarın. Hiçbir şey kaydedilmedi.',
      noNotes: '{{file}} hiç not içermiyor: içe aktarılacak bir şey yok. Hiçbir şey kaydedilmedi.',
    },
  },
} as const satisfies Translation<typeof enAnkiScreen>;
